package io.ensemble.agency;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence port of the agency's meetings and their attendees. Calls join the caller's transaction. */
public interface MeetingRepository {
    /** Stores a new meeting with its attendees. */
    void insert(Meeting meeting);

    /** Replaces a meeting's fields and attendee list. */
    void update(Meeting meeting);

    /** @return the meeting, cancelled or not */
    Optional<Meeting> findById(UUID id);

    /**
     * Meetings by start, earliest first, optionally those of one attendee and within a start window.
     *
     * @param attendee only meetings this user attends, when given
     * @param from     only those starting at or after, when given
     * @param to       only those starting before, when given
     */
    List<Meeting> list(Optional<UUID> attendee, Optional<Instant> from, Optional<Instant> to, int max);

    /**
     * Other non-cancelled meetings overlapping {@code [start, end)} of any of {@code attendees}.
     *
     * @param except the meeting being written (left out)
     */
    List<Overlap> overlapping(List<UUID> attendees, Instant start, Instant end, UUID except);

    /** A meeting of one attendee overlapping another: the warning of issue 22 §1. */
    record Overlap(UUID attendeeId, UUID meetingId, String title, Instant startsAt, Instant endsAt) {
    }

    /** Attendees of non-cancelled meetings starting in {@code (from, to]} not reminded yet, at most {@code max}. */
    List<Due> dueReminders(Instant from, Instant to, int max);

    /** One reminder to send. */
    record Due(UUID meetingId, UUID userId) {
    }

    /** Records the reminder; @return false when it was already sent (another node, a rerun) */
    boolean markReminded(UUID meetingId, UUID userId, Instant at);
}
