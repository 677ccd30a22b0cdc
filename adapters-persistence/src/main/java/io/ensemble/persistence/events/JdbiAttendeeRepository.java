package io.ensemble.persistence.events;

import io.ensemble.events.Attendee;
import io.ensemble.events.AttendeeRepository;
import io.ensemble.events.RsvpStatus;
import io.ensemble.events.TicketStatus;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.shared.paging.Cursor;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link AttendeeRepository} on {@code event_rsvps} with each user's latest ticket of the event
 * ({@code event_tickets}). Every method throws {@link io.ensemble.shared.errors.ProviderUnavailable}
 * when the database is down.
 */
public final class JdbiAttendeeRepository implements AttendeeRepository {
    private static final String TO_NOTIFY = "SELECT user_id FROM event_rsvps WHERE event_id = :eventId"
            + " AND status IN ('GOING', 'WAITLISTED', 'INTERESTED') ORDER BY created_at, user_id";
    private static final String PAGE = """
            SELECT r.user_id, r.status, r.created_at, t.status AS ticket_status, t.used_at
              FROM event_rsvps r
              LEFT JOIN LATERAL (SELECT status, used_at FROM event_tickets
                                  WHERE event_id = r.event_id AND user_id = r.user_id
                                  ORDER BY created_at DESC, id DESC LIMIT 1) t ON true
             WHERE r.event_id = :eventId
               AND (CAST(:afterAt AS timestamptz) IS NULL OR (r.created_at, r.user_id) > (:afterAt, :afterId))
             ORDER BY r.created_at, r.user_id
             LIMIT :limit
            """;

    private final JdbiHandles handles;

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiAttendeeRepository(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    @Override
    public List<UUID> toNotify(UUID eventId) {
        return handles.with(h -> h.createQuery(TO_NOTIFY).bind("eventId", eventId).mapTo(UUID.class).list());
    }

    @Override
    public List<Attendee> page(UUID eventId, Optional<Cursor> after, int limit) {
        return handles.with(h -> h.createQuery(PAGE).bind("eventId", eventId)
                .bind("afterAt", SqlTime.at(after.map(Cursor::at)))
                .bind("afterId", after.map(Cursor::id).orElse(null)).bind("limit", limit)
                .map((rs, ctx) -> new Attendee(rs.getObject("user_id", UUID.class),
                        RsvpStatus.valueOf(rs.getString("status")),
                        Optional.ofNullable(rs.getString("ticket_status")).map(TicketStatus::valueOf),
                        SqlTime.readOptional(rs, "used_at"), SqlTime.read(rs, "created_at")))
                .list());
    }
}
