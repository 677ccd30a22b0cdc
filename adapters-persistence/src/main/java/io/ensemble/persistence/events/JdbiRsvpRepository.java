package io.ensemble.persistence.events;

import io.ensemble.events.Rsvp;
import io.ensemble.events.RsvpCounts;
import io.ensemble.events.RsvpRepository;
import io.ensemble.events.RsvpStatus;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.SqlTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * {@link RsvpRepository} on {@code event_rsvps} (migrations/events/001). An RSVP entering WAITLISTED
 * takes the next value of {@code event_waitlist_seq}; since writers hold the event's row lock, that
 * order is the order of arrival. Every method throws {@link io.ensemble.shared.errors.ProviderUnavailable}
 * when the database is down.
 */
public final class JdbiRsvpRepository implements RsvpRepository {
    private static final String COLUMNS = "event_id, user_id, status, created_at, updated_at";
    private static final String FIND = "SELECT " + COLUMNS + " FROM event_rsvps WHERE event_id = :eventId"
            + " AND user_id = :userId";
    private static final String SAVE = """
            INSERT INTO event_rsvps (event_id, user_id, status, waitlist_seq, created_at, updated_at)
            VALUES (:eventId, :userId, :status,
                    CASE WHEN CAST(:status AS text) = 'WAITLISTED' THEN nextval('event_waitlist_seq') END,
                    :createdAt, :updatedAt)
            ON CONFLICT (event_id, user_id) DO UPDATE SET
                   status = EXCLUDED.status,
                   waitlist_seq = CASE WHEN EXCLUDED.status <> 'WAITLISTED' THEN NULL
                                       WHEN event_rsvps.status = 'WAITLISTED' THEN event_rsvps.waitlist_seq
                                       ELSE EXCLUDED.waitlist_seq END,
                   updated_at = EXCLUDED.updated_at
            """;
    private static final String COUNT_GOING =
            "SELECT count(*) FROM event_rsvps WHERE event_id = :eventId AND status = 'GOING'";
    private static final String FIRST_WAITLISTED = "SELECT " + COLUMNS + " FROM event_rsvps"
            + " WHERE event_id = :eventId AND status = 'WAITLISTED' ORDER BY waitlist_seq LIMIT :limit";
    private static final String POSITION = """
            SELECT count(*) FROM event_rsvps me
              JOIN event_rsvps w ON w.event_id = me.event_id AND w.status = 'WAITLISTED'
                                AND w.waitlist_seq <= me.waitlist_seq
             WHERE me.event_id = :eventId AND me.user_id = :userId AND me.status = 'WAITLISTED'
            """;
    private static final String COUNTS = """
            SELECT count(*) FILTER (WHERE status = 'GOING') AS going,
                   count(*) FILTER (WHERE status = 'WAITLISTED') AS waitlisted,
                   count(*) FILTER (WHERE status = 'INTERESTED') AS interested,
                   count(*) FILTER (WHERE status = 'NOT_GOING') AS not_going
              FROM event_rsvps WHERE event_id = :eventId
            """;
    private static final RowMapper<Rsvp> ROW = (rs, ctx) -> new Rsvp(rs.getObject("event_id", UUID.class),
            rs.getObject("user_id", UUID.class), RsvpStatus.valueOf(rs.getString("status")),
            SqlTime.read(rs, "created_at"), SqlTime.read(rs, "updated_at"));

    private final JdbiHandles handles;

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiRsvpRepository(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    @Override
    public Optional<Rsvp> find(UUID eventId, UUID userId) {
        return handles.with(h -> h.createQuery(FIND).bind("eventId", eventId).bind("userId", userId).map(ROW)
                .findOne());
    }

    @Override
    public void save(Rsvp rsvp) {
        handles.use(h -> h.createUpdate(SAVE).bind("eventId", rsvp.eventId()).bind("userId", rsvp.userId())
                .bind("status", rsvp.status().name()).bind("createdAt", SqlTime.at(rsvp.createdAt()))
                .bind("updatedAt", SqlTime.at(rsvp.updatedAt())).execute());
    }

    @Override
    public long countGoing(UUID eventId) {
        return handles.with(h -> h.createQuery(COUNT_GOING).bind("eventId", eventId).mapTo(Long.class).one());
    }

    @Override
    public List<Rsvp> firstWaitlisted(UUID eventId, int limit) {
        return handles.with(h -> h.createQuery(FIRST_WAITLISTED).bind("eventId", eventId).bind("limit", limit)
                .map(ROW).list());
    }

    @Override
    public OptionalInt waitlistPosition(UUID eventId, UUID userId) {
        long place = handles.with(h -> h.createQuery(POSITION).bind("eventId", eventId).bind("userId", userId)
                .mapTo(Long.class).one());
        return place == 0 ? OptionalInt.empty() : OptionalInt.of(Math.toIntExact(place));
    }

    @Override
    public RsvpCounts counts(UUID eventId) {
        return handles.with(h -> h.createQuery(COUNTS).bind("eventId", eventId).map((rs, ctx) -> new RsvpCounts(
                rs.getLong("going"), rs.getLong("waitlisted"), rs.getLong("interested"), rs.getLong("not_going")))
                .one());
    }
}
