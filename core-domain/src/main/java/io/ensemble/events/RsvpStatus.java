package io.ensemble.events;

/**
 * Stored state of a user's RSVP. {@link #WAITLISTED} is a {@code going} answer that found no free
 * seat: it becomes {@link #GOING} in waitlist order when a seat frees (issue 21 §2).
 */
public enum RsvpStatus {
    GOING, WAITLISTED, INTERESTED, NOT_GOING;

    /** @return the stored state that answers {@code choice} when a seat is (or is not) free */
    static RsvpStatus of(RsvpChoice choice, boolean seatFree) {
        return switch (choice) {
            case GOING -> seatFree ? GOING : WAITLISTED;
            case INTERESTED -> INTERESTED;
            case NOT_GOING -> NOT_GOING;
        };
    }

    /** @return whether this state answers {@code going} (holding a seat or waiting for one) */
    public boolean wantsSeat() {
        return this == GOING || this == WAITLISTED;
    }
}
