package io.ensemble.persistence.marketplace;

import io.ensemble.marketplace.Order;
import io.ensemble.marketplace.OrderAction;
import io.ensemble.marketplace.OrderParty;
import io.ensemble.marketplace.OrderQuery;
import io.ensemble.marketplace.OrderRepository;
import io.ensemble.marketplace.OrderStatus;
import io.ensemble.marketplace.OrderTransition;
import io.ensemble.payments.Money;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.shared.paging.Cursor;
import java.sql.Array;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link OrderRepository} on {@code orders} and {@code order_transitions}. {@link #update} is a
 * compare-and-set on {@code version}: under PostgreSQL's READ COMMITTED, a second concurrent
 * UPDATE waits for the first to commit, re-reads the row, no longer matches the version and
 * changes nothing. Every method throws {@link io.ensemble.shared.errors.ProviderUnavailable} when the
 * database is down.
 */
public final class JdbiOrderRepository extends JdbiRepository implements OrderRepository,
        io.ensemble.marketplace.OrderCounts {
    private static final String COLUMNS = "o.id, o.brand_id, o.creator_id, o.package_id, o.title, o.requirements,"
            + " o.deadline, o.price_amount, o.price_currency, o.revisions_allowed, o.revisions_used, o.status,"
            + " o.conversation_id, o.deliverables, o.version, o.delivered_at, o.created_at, o.updated_at";
    private static final String INSERT = """
            INSERT INTO orders (id, brand_id, creator_id, package_id, title, requirements, deadline, price_amount,
                                price_currency, revisions_allowed, revisions_used, status, conversation_id,
                                deliverables, version, delivered_at, created_at, updated_at)
            VALUES (:id, :brandId, :creatorId, CAST(:packageId AS uuid), :title, :requirements, :deadline, :amount, :currency,
                    :revisionsAllowed, :revisionsUsed, :status, :conversationId, :deliverables, :version,
                    :deliveredAt, :createdAt, :updatedAt)
            """;
    private static final String UPDATE = """
            UPDATE orders SET status = :status, revisions_used = :revisionsUsed, deliverables = :deliverables,
                   version = :version, delivered_at = :deliveredAt, updated_at = :updatedAt
             WHERE id = :id AND version = :expectedVersion
            """;
    private static final String BY_ID = "SELECT " + COLUMNS + " FROM orders o WHERE o.id = :id";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM orders o WHERE true";
    private static final String PARTY_FILTER = " AND (o.brand_id = :userId OR o.creator_id = :userId)";
    private static final String BRAND_FILTER = " AND o.brand_id = :brandId";
    private static final String CREATOR_FILTER = " AND o.creator_id = :creatorId";
    private static final String STATUS_FILTER = " AND o.status = :status";
    private static final String AFTER = " AND (o.created_at, o.id) < (:at, :afterId)";
    private static final String ORDER = " ORDER BY o.created_at DESC, o.id DESC LIMIT :max";
    private static final String DELIVERED_BEFORE = "SELECT id FROM orders WHERE status = 'DELIVERED'"
            + " AND delivered_at <= :cutoff ORDER BY delivered_at, id LIMIT :max";
    private static final String INSERT_TRANSITION = """
            INSERT INTO order_transitions (id, order_id, actor_id, party, action, from_status, to_status, note, created_at)
            VALUES (:id, :orderId, CAST(:actorId AS uuid), :party, :action, :from, :to, :note, :at)
            """;
    private static final String TRANSITIONS = "SELECT id, order_id, actor_id, party, action, from_status, to_status,"
            + " note, created_at FROM order_transitions WHERE order_id = :orderId ORDER BY created_at, id";
    private static final RowMapper<Order> ROW = (rs, ctx) -> {
        Array deliverables = rs.getArray("deliverables");
        return new Order(rs.getObject("id", UUID.class), rs.getObject("brand_id", UUID.class),
                rs.getObject("creator_id", UUID.class), Optional.ofNullable(rs.getObject("package_id", UUID.class)),
                rs.getString("title"), rs.getString("requirements"),
                Optional.ofNullable(rs.getObject("deadline", LocalDate.class)),
                new Money(rs.getLong("price_amount"), rs.getString("price_currency")), rs.getInt("revisions_allowed"),
                rs.getInt("revisions_used"), OrderStatus.valueOf(rs.getString("status")),
                rs.getObject("conversation_id", UUID.class),
                deliverables == null ? List.of() : Arrays.asList((String[]) deliverables.getArray()),
                rs.getLong("version"), SqlTime.readOptional(rs, "delivered_at"), SqlTime.read(rs, "created_at"),
                SqlTime.read(rs, "updated_at"));
    };
    private static final RowMapper<OrderTransition> TRANSITION = (rs, ctx) -> new OrderTransition(
            rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class),
            Optional.ofNullable(rs.getObject("actor_id", UUID.class)), OrderParty.valueOf(rs.getString("party")),
            OrderAction.valueOf(rs.getString("action")), OrderStatus.valueOf(rs.getString("from_status")),
            OrderStatus.valueOf(rs.getString("to_status")), Optional.ofNullable(rs.getString("note")),
            SqlTime.read(rs, "created_at"));

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiOrderRepository(JdbiHandles handles) {
        super(handles);
    }

    @Override
    public void insert(Order o) {
        handles.use(h -> h.createUpdate(INSERT)
                .bind("id", o.id()).bind("brandId", o.brandId()).bind("creatorId", o.creatorId())
                .bind("packageId", o.packageId().orElse(null)).bind("title", o.title())
                .bind("requirements", o.requirements())
                .bindBySqlType("deadline", o.deadline().orElse(null), Types.DATE)
                .bind("amount", o.price().amount()).bind("currency", o.price().currency())
                .bind("revisionsAllowed", o.revisionsAllowed()).bind("revisionsUsed", o.revisionsUsed())
                .bind("status", o.status().name()).bind("conversationId", o.conversationId())
                .bindArray("deliverables", String.class, o.deliverables()).bind("version", o.version())
                .bind("deliveredAt", SqlTime.at(o.deliveredAt())).bind("createdAt", SqlTime.at(o.createdAt()))
                .bind("updatedAt", SqlTime.at(o.updatedAt()))
                .execute());
    }

    @Override
    public Optional<Order> findById(UUID orderId) {
        return handles.with(h -> h.createQuery(BY_ID).bind("id", orderId).map(ROW).findOne());
    }

    @Override
    public boolean update(Order next) {
        return handles.with(h -> h.createUpdate(UPDATE)
                .bind("id", next.id()).bind("status", next.status().name())
                .bind("revisionsUsed", next.revisionsUsed())
                .bindArray("deliverables", String.class, next.deliverables())
                .bind("version", next.version()).bind("expectedVersion", next.version() - 1)
                .bind("deliveredAt", SqlTime.at(next.deliveredAt())).bind("updatedAt", SqlTime.at(next.updatedAt()))
                .execute()) == 1;
    }

    @Override
    public void appendTransition(OrderTransition t) {
        handles.use(h -> h.createUpdate(INSERT_TRANSITION)
                .bind("id", t.id()).bind("orderId", t.orderId()).bind("actorId", t.actorId().orElse(null))
                .bind("party", t.party().name()).bind("action", t.action().name()).bind("from", t.from().name())
                .bind("to", t.to().name()).bind("note", t.note().orElse(null)).bind("at", SqlTime.at(t.at()))
                .execute());
    }

    @Override
    public List<OrderTransition> transitions(UUID orderId) {
        return handles.with(h -> h.createQuery(TRANSITIONS).bind("orderId", orderId).map(TRANSITION).list());
    }

    @Override
    public List<Order> find(OrderQuery query, Optional<Cursor> after, int max) {
        String sql = SELECT + (query.party().isPresent() ? PARTY_FILTER : "")
                + (query.brandId().isPresent() ? BRAND_FILTER : "")
                + (query.creatorId().isPresent() ? CREATOR_FILTER : "")
                + (query.status().isPresent() ? STATUS_FILTER : "") + (after.isPresent() ? AFTER : "") + ORDER;
        return handles.with(h -> {
            Query q = h.createQuery(sql).bind("max", max);
            query.party().ifPresent(u -> q.bind("userId", u));
            query.brandId().ifPresent(u -> q.bind("brandId", u));
            query.creatorId().ifPresent(u -> q.bind("creatorId", u));
            query.status().ifPresent(s -> q.bind("status", s.name()));
            after.ifPresent(c -> q.bind("at", SqlTime.at(c.at())).bind("afterId", c.id()));
            return q.map(ROW).list();
        });
    }

    @Override
    public List<UUID> deliveredBefore(Instant cutoff, int max) {
        return handles.with(h -> h.createQuery(DELIVERED_BEFORE).bind("cutoff", SqlTime.at(cutoff)).bind("max", max)
                .mapTo(UUID.class).list());
    }

    private static final String COUNTS_BY_STATUS = "SELECT status, count(*) AS n FROM orders"
            + " WHERE brand_id = :userId OR creator_id = :userId GROUP BY status";

    /** @return the user's orders (as brand or creator) by status, in one statement over the party indexes */
    @Override
    public java.util.Map<OrderStatus, Long> countsByStatus(UUID userId) {
        java.util.Map<OrderStatus, Long> counts = new java.util.EnumMap<>(OrderStatus.class);
        handles.use(h -> h.createQuery(COUNTS_BY_STATUS).bind("userId", userId)
                .map((rs, ctx) -> counts.put(OrderStatus.valueOf(rs.getString("status")), rs.getLong("n"))).list());
        return counts;
    }
}
