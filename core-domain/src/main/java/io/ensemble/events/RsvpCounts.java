package io.ensemble.events;

/** How many users are in each RSVP state of one event (issue 21 §1 event detail). */
public record RsvpCounts(long going, long waitlisted, long interested, long notGoing) {
    /** No RSVPs at all. */
    public static final RsvpCounts NONE = new RsvpCounts(0, 0, 0, 0);
}
