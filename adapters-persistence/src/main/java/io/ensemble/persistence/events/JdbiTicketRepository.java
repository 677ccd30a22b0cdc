package io.ensemble.persistence.events;

import io.ensemble.events.Ticket;
import io.ensemble.events.TicketRepository;
import io.ensemble.events.TicketStatus;
import io.ensemble.payments.Money;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.SqlTime;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * {@link TicketRepository} on {@code event_tickets} (migrations/events/002). Every method throws
 * {@link io.ensemble.shared.errors.ProviderUnavailable} when the database is down.
 */
public final class JdbiTicketRepository implements TicketRepository {
    private static final String COLUMNS = "id, event_id, user_id, code, status, amount, currency, provider,"
            + " provider_ref, refund_ref, used_at, created_at, updated_at";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM event_tickets ";
    private static final String INSERT = "INSERT INTO event_tickets (" + COLUMNS + ") VALUES (:id, :eventId,"
            + " :userId, :code, :status, :amount, :currency, :provider, :providerRef, NULL, NULL, :createdAt,"
            + " :updatedAt)";
    private static final String TRANSITION = "UPDATE event_tickets SET status = :to,"
            + " refund_ref = COALESCE(:refundRef, refund_ref), updated_at = :at WHERE id = :id AND status = :from";
    private static final String MARK_USED = "UPDATE event_tickets SET used_at = :at, updated_at = :at"
            + " WHERE id = :id AND status = 'PAID' AND used_at IS NULL";
    private static final RowMapper<Ticket> ROW = (rs, ctx) -> new Ticket(rs.getObject("id", UUID.class),
            rs.getObject("event_id", UUID.class), rs.getObject("user_id", UUID.class), rs.getString("code"),
            TicketStatus.valueOf(rs.getString("status")), new Money(rs.getLong("amount"), rs.getString("currency")),
            rs.getString("provider"), rs.getString("provider_ref"), Optional.ofNullable(rs.getString("refund_ref")),
            SqlTime.readOptional(rs, "used_at"), SqlTime.read(rs, "created_at"),
            SqlTime.read(rs, "updated_at"));

    private final JdbiHandles handles;

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiTicketRepository(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    @Override
    public void insert(Ticket t) {
        handles.use(h -> h.createUpdate(INSERT).bind("id", t.id()).bind("eventId", t.eventId())
                .bind("userId", t.userId()).bind("code", t.code()).bind("status", t.status().name())
                .bind("amount", t.price().amount()).bind("currency", t.price().currency())
                .bind("provider", t.provider()).bind("providerRef", t.providerRef())
                .bind("createdAt", SqlTime.at(t.createdAt())).bind("updatedAt", SqlTime.at(t.updatedAt())).execute());
    }

    @Override
    public Optional<Ticket> findById(UUID ticketId) {
        return one(SELECT + "WHERE id = :a", ticketId, null);
    }

    @Override
    public Optional<Ticket> findHeld(UUID eventId, UUID userId) {
        return one(SELECT + "WHERE event_id = :a AND user_id = :b AND status IN ('PENDING', 'PAID')", eventId, userId);
    }

    @Override
    public Optional<Ticket> findByCode(UUID eventId, String code) {
        return one(SELECT + "WHERE event_id = :a AND code = :b", eventId, code);
    }

    @Override
    public long countPending(UUID eventId) {
        return handles.with(h -> h.createQuery("SELECT count(*) FROM event_tickets WHERE event_id = :a"
                + " AND status = 'PENDING'").bind("a", eventId).mapTo(Long.class).one());
    }

    @Override
    public List<Ticket> held(UUID eventId) {
        return handles.with(h -> h.createQuery(SELECT + "WHERE event_id = :a AND status IN ('PENDING', 'PAID')"
                + " ORDER BY created_at, id").bind("a", eventId).map(ROW).list());
    }

    @Override
    public boolean transition(UUID ticketId, TicketStatus from, TicketStatus to, Optional<String> refundRef,
                              Instant at) {
        return handles.with(h -> h.createUpdate(TRANSITION).bind("id", ticketId).bind("from", from.name())
                .bind("to", to.name()).bind("refundRef", refundRef.orElse(null)).bind("at", SqlTime.at(at))
                .execute()) == 1;
    }

    @Override
    public boolean markUsed(UUID ticketId, Instant at) {
        return handles.with(h -> h.createUpdate(MARK_USED).bind("id", ticketId).bind("at", SqlTime.at(at))
                .execute()) == 1;
    }

    private Optional<Ticket> one(String sql, Object a, Object b) {
        return handles.with(h -> {
            var q = h.createQuery(sql).bind("a", a);
            if (b != null) {
                q.bind("b", b);
            }
            return q.map(ROW).findOne();
        });
    }
}
