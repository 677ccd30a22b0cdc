package io.ensemble.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Persistence port of event reminders (issue 21 §2): which going attendee was reminded of which event. */
public interface ReminderRepository {
    /** A going attendee of an ACTIVE event starting in the window, not reminded yet. */
    record Due(UUID eventId, UUID userId) {
    }

    /** @return up to {@code limit} attendees due a reminder of an event starting in {@code (from, to]} */
    List<Due> due(Instant from, Instant to, int limit);

    /**
     * Records that the attendee was reminded (in the caller's transaction).
     *
     * @return false when they already were (nothing written)
     */
    boolean markSent(UUID eventId, UUID userId, Instant at);
}
