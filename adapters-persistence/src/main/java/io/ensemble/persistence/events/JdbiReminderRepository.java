package io.ensemble.persistence.events;

import io.ensemble.events.ReminderRepository;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.SqlTime;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * {@link ReminderRepository} on {@code event_reminders} (migrations/events/002): due reminders are
 * GOING RSVPs of ACTIVE events starting in the window without a reminder row. Every method throws
 * {@link io.ensemble.shared.errors.ProviderUnavailable} when the database is down.
 */
public final class JdbiReminderRepository implements ReminderRepository {
    private static final String DUE = """
            SELECT r.event_id, r.user_id
              FROM events e
              JOIN event_rsvps r ON r.event_id = e.id AND r.status = 'GOING'
             WHERE e.status = 'ACTIVE' AND e.starts_at > :from AND e.starts_at <= :to
               AND NOT EXISTS (SELECT 1 FROM event_reminders m WHERE m.event_id = r.event_id AND m.user_id = r.user_id)
             ORDER BY e.starts_at, r.event_id, r.user_id
             LIMIT :limit
            """;
    private static final String MARK = "INSERT INTO event_reminders (event_id, user_id, sent_at)"
            + " VALUES (:eventId, :userId, :at) ON CONFLICT DO NOTHING";

    private final JdbiHandles handles;

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiReminderRepository(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    @Override
    public List<Due> due(Instant from, Instant to, int limit) {
        return handles.with(h -> h.createQuery(DUE).bind("from", SqlTime.at(from)).bind("to", SqlTime.at(to))
                .bind("limit", limit).map((rs, ctx) -> new Due(rs.getObject("event_id", UUID.class),
                        rs.getObject("user_id", UUID.class))).list());
    }

    @Override
    public boolean markSent(UUID eventId, UUID userId, Instant at) {
        return handles.with(h -> h.createUpdate(MARK).bind("eventId", eventId).bind("userId", userId)
                .bind("at", SqlTime.at(at)).execute()) == 1;
    }
}
