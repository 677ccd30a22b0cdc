package io.ensemble.persistence.agency;

import io.ensemble.agency.MemberPayout;
import io.ensemble.agency.MemberPayoutRepository;
import io.ensemble.payments.PayoutStatus;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * {@link MemberPayoutRepository} on the one {@code payouts} ledger (migrations/payments/001, agency/002): agency
 * rows are written with {@code source = 'agency'}, no order, gross = net = amount and no fee; reads and totals
 * see both sources. Every method throws {@link io.ensemble.shared.errors.ProviderUnavailable} when the database
 * is down.
 */
public final class JdbiMemberPayoutRepository extends JdbiRepository implements MemberPayoutRepository {
    private static final String COLUMNS = "id, user_id, source, order_id, net_amount, currency, description, status,"
            + " note, created_at, updated_at";
    private static final String INSERT = "INSERT INTO payouts (id, user_id, order_id, gross_amount, fee_amount,"
            + " net_amount, currency, status, source, description, created_at, updated_at) VALUES (:id, :userId,"
            + " NULL, :amount, 0, :amount, :currency, 'PENDING', 'agency', :description, :at, :at)";
    private static final String SETTLE = "UPDATE payouts SET status = :status, note = :note, updated_at = :at"
            + " WHERE id = :id AND source = 'agency' AND status = 'PENDING' RETURNING " + COLUMNS;
    private static final String TOTALS = "SELECT user_id, currency,"
            + " coalesce(sum(net_amount) FILTER (WHERE status = 'PENDING'), 0) AS pending,"
            + " coalesce(sum(net_amount) FILTER (WHERE status = 'PAID'), 0) AS paid,"
            + " coalesce(sum(net_amount) FILTER (WHERE status = 'FAILED'), 0) AS failed,"
            + " coalesce(sum(net_amount) FILTER (WHERE source = 'order' AND status <> 'FAILED'), 0) AS from_orders,"
            + " coalesce(sum(net_amount) FILTER (WHERE source = 'agency' AND status <> 'FAILED'), 0) AS from_agency,"
            + " count(*) AS n FROM payouts WHERE created_at >= :from AND created_at < :to";
    private static final RowMapper<MemberPayout> ROW = (rs, ctx) -> new MemberPayout(rs.getObject("id", UUID.class),
            rs.getObject("user_id", UUID.class),
            MemberPayout.Source.valueOf(rs.getString("source").toUpperCase(Locale.ROOT)),
            Optional.ofNullable(rs.getObject("order_id", UUID.class)), rs.getLong("net_amount"),
            rs.getString("currency"), Optional.ofNullable(rs.getString("description")),
            PayoutStatus.valueOf(rs.getString("status")), Optional.ofNullable(rs.getString("note")),
            SqlTime.read(rs, "created_at"), SqlTime.read(rs, "updated_at"));

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiMemberPayoutRepository(JdbiHandles handles) {
        super(handles);
    }

    @Override
    public void insert(MemberPayout p) {
        handles.use(h -> h.createUpdate(INSERT).bind("id", p.id()).bind("userId", p.userId())
                .bind("amount", p.amount()).bind("currency", p.currency())
                .bind("description", p.description().orElse(null)).bind("at", SqlTime.at(p.createdAt())).execute());
    }

    @Override
    public Optional<MemberPayout> findById(UUID id) {
        return handles.with(h -> h.createQuery("SELECT " + COLUMNS + " FROM payouts WHERE id = :id").bind("id", id)
                .map(ROW).findOne());
    }

    @Override
    public Optional<MemberPayout> settle(UUID id, PayoutStatus next, Optional<String> note, Instant at) {
        return handles.with(h -> h.createQuery(SETTLE).bind("id", id).bind("status", next.name())
                .bind("note", note.orElse(null)).bind("at", SqlTime.at(at)).map(ROW).findOne());
    }

    @Override
    public List<MemberPayout> list(Filter f, int max) {
        List<String> where = new ArrayList<>(List.of("true"));
        f.userId().ifPresent(x -> where.add("user_id = :userId"));
        f.status().ifPresent(x -> where.add("status = :status"));
        f.source().ifPresent(x -> where.add("source = :source"));
        f.from().ifPresent(x -> where.add("created_at >= :from"));
        f.to().ifPresent(x -> where.add("created_at < :to"));
        String sql = "SELECT " + COLUMNS + " FROM payouts WHERE " + String.join(" AND ", where)
                + " ORDER BY created_at DESC, id DESC LIMIT :max";
        return handles.with(h -> {
            var q = h.createQuery(sql).bind("max", max);
            f.userId().ifPresent(x -> q.bind("userId", x));
            f.status().ifPresent(x -> q.bind("status", x.name()));
            f.source().ifPresent(x -> q.bind("source", x.name().toLowerCase(Locale.ROOT)));
            f.from().ifPresent(x -> q.bind("from", SqlTime.at(x)));
            f.to().ifPresent(x -> q.bind("to", SqlTime.at(x)));
            return q.map(ROW).list();
        });
    }

    @Override
    public List<Total> totals(Optional<UUID> userId, Instant from, Instant to) {
        String sql = TOTALS + (userId.isPresent() ? " AND user_id = :userId" : "")
                + " GROUP BY user_id, currency ORDER BY user_id, currency";
        return handles.with(h -> {
            var q = h.createQuery(sql).bind("from", SqlTime.at(from)).bind("to", SqlTime.at(to));
            userId.ifPresent(u -> q.bind("userId", u));
            return q.map((rs, ctx) -> new Total(rs.getObject("user_id", UUID.class), rs.getString("currency"),
                    rs.getLong("pending"), rs.getLong("paid"), rs.getLong("failed"), rs.getLong("from_orders"),
                    rs.getLong("from_agency"), rs.getInt("n"))).list();
        });
    }
}
