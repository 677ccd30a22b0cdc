package io.ensemble.events;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Persistence port of RSVPs (one row per event and user). Calls join the caller's transaction;
 * writers hold the event's lock ({@link EventRepository#lockById}). The waitlist order is the order
 * in which RSVPs entered {@link RsvpStatus#WAITLISTED}; re-saving a WAITLISTED RSVP keeps its place.
 */
public interface RsvpRepository {
    /** @return the user's RSVP to the event, empty when none */
    Optional<Rsvp> find(UUID eventId, UUID userId);

    /** Inserts or replaces the RSVP of {@code (eventId, userId)}. */
    void save(Rsvp rsvp);

    /** @return how many users hold a seat (GOING) */
    long countGoing(UUID eventId);

    /** @return up to {@code limit} WAITLISTED RSVPs, first in line first */
    List<Rsvp> firstWaitlisted(UUID eventId, int limit);

    /** @return the user's 1-based place in the waitlist, empty when not WAITLISTED */
    OptionalInt waitlistPosition(UUID eventId, UUID userId);

    /** @return counts per state (zeros for an event without RSVPs) */
    RsvpCounts counts(UUID eventId);
}
