package io.ensemble.events;

import io.ensemble.shared.paging.Cursor;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read port of an event's attendees (issue 21 §2). Calls join the caller's transaction. */
public interface AttendeeRepository {
    /** @return users who answered going, waitlisted or interested (those told about changes) */
    List<UUID> toNotify(UUID eventId);

    /**
     * @param after the last row of the previous page, ordered by {@code (since, userId)}
     * @return up to {@code limit} attendees (any RSVP state) with their ticket and check-in
     */
    List<Attendee> page(UUID eventId, Optional<Cursor> after, int limit);
}
