package io.ensemble.persistence.payments;

import io.ensemble.payments.Money;
import io.ensemble.payments.Payout;
import io.ensemble.payments.PayoutRepository;
import io.ensemble.payments.PayoutStatus;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.shared.paging.Cursor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link PayoutRepository} on the {@code payouts} ledger (unique per order; {@code net = gross - fee}
 * checked by the table). {@link #settle}, {@link #claimTransfer} and {@link #markTransferred} are
 * compare-and-sets from PENDING; a claim is a conditional update of {@code next_transfer_at}, so of two
 * concurrent claimers exactly one gets the row. The ledger is shared with the agency (issue 22 §1): this adapter
 * reads and writes only its {@code source = 'order'} rows (agency rows have no order and are settled by hand).
 */
public final class JdbiPayoutRepository extends JdbiRepository implements PayoutRepository {
    private static final String COLUMNS = "id, user_id, order_id, gross_amount, fee_amount, net_amount, currency,"
            + " status, provider_ref, note, transfer_attempts, last_transfer_error, next_transfer_at, created_at,"
            + " updated_at";
    private static final String INSERT = "INSERT INTO payouts (id, user_id, order_id, gross_amount, fee_amount,"
            + " net_amount, currency, status, provider_ref, note, created_at, updated_at) VALUES (:id, :userId,"
            + " :orderId, :gross, :fee, :net, :currency, :status, :providerRef, :note, :createdAt, :updatedAt)"
            + " ON CONFLICT ON CONSTRAINT payouts_order_key DO NOTHING";
    private static final String BY_ID = "SELECT " + COLUMNS + " FROM payouts WHERE id = :id"
            + " AND source = 'order'";
    private static final String BY_ORDER = "SELECT " + COLUMNS + " FROM payouts WHERE order_id = :orderId";
    private static final String SETTLE = "UPDATE payouts SET status = :status, note = :note, updated_at = :at"
            + " WHERE id = :id AND status = 'PENDING' AND source = 'order'"
            + " AND (transfer_claimed_until IS NULL OR transfer_claimed_until <= :at) RETURNING " + COLUMNS;
    private static final String ATTEMPTABLE = " status = 'PENDING' AND provider_ref IS NULL";
    private static final String DUE = ATTEMPTABLE + " AND (next_transfer_at IS NULL OR next_transfer_at <= :now)";
    private static final String DUE_FOR_TRANSFER = "SELECT p.id FROM payouts p JOIN payout_accounts a"
            + " ON a.user_id = p.user_id AND a.provider = :provider AND a.payouts_enabled"
            + " WHERE p.status = 'PENDING' AND p.provider_ref IS NULL AND p.source = 'order'"
            + " AND (p.next_transfer_at IS NULL OR p.next_transfer_at <= :now)";
    private static final String OF_USER = " AND p.user_id = :userId";
    private static final String DUE_ORDER = " ORDER BY p.created_at, p.id LIMIT :max";
    private static final String CLAIM = "UPDATE payouts SET next_transfer_at = :until, transfer_claimed_until = :until"
            + " WHERE id = :id AND" + DUE
            + " RETURNING " + COLUMNS;
    private static final String TRANSFERRED = "UPDATE payouts SET status = 'PAID', provider_ref = :ref, note = :note,"
            + " transfer_attempts = transfer_attempts + 1, last_transfer_error = NULL, next_transfer_at = NULL,"
            + " transfer_claimed_until = NULL,"
            + " updated_at = :at WHERE id = :id AND" + ATTEMPTABLE;
    private static final String FAILED = "UPDATE payouts SET transfer_attempts = transfer_attempts + 1,"
            + " last_transfer_error = :error, next_transfer_at = :retryAt, transfer_claimed_until = NULL,"
            + " updated_at = :at WHERE id = :id AND"
            + ATTEMPTABLE;
    private static final String RELEASE = "UPDATE payouts SET next_transfer_at = NULL, transfer_claimed_until = NULL"
            + " WHERE id = :id AND"
            + ATTEMPTABLE;
    private static final String FOR_USER = "SELECT " + COLUMNS + " FROM payouts WHERE user_id = :userId"
            + " AND source = 'order'";
    private static final String AFTER = " AND (created_at, id) < (:at, :afterId)";
    private static final String ORDER = " ORDER BY created_at DESC, id DESC LIMIT :max";
    private static final RowMapper<Payout> ROW = (rs, ctx) -> {
        String currency = rs.getString("currency");
        return new Payout(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getObject("order_id", UUID.class), new Money(rs.getLong("gross_amount"), currency),
                rs.getLong("fee_amount"), new Money(rs.getLong("net_amount"), currency),
                PayoutStatus.valueOf(rs.getString("status")), Optional.ofNullable(rs.getString("provider_ref")),
                Optional.ofNullable(rs.getString("note")), rs.getInt("transfer_attempts"),
                Optional.ofNullable(rs.getString("last_transfer_error")),
                SqlTime.readOptional(rs, "next_transfer_at"),
                SqlTime.read(rs, "created_at"), SqlTime.read(rs, "updated_at"));
    };

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiPayoutRepository(JdbiHandles handles) {
        super(handles);
    }

    @Override
    public boolean insert(Payout p) {
        return handles.with(h -> h.createUpdate(INSERT).bind("id", p.id()).bind("userId", p.userId())
                .bind("orderId", p.orderId()).bind("gross", p.gross().amount()).bind("fee", p.fee())
                .bind("net", p.net().amount()).bind("currency", p.gross().currency())
                .bind("status", p.status().name()).bind("providerRef", p.providerRef().orElse(null))
                .bind("note", p.note().orElse(null)).bind("createdAt", SqlTime.at(p.createdAt()))
                .bind("updatedAt", SqlTime.at(p.updatedAt())).execute()) == 1;
    }

    @Override
    public List<UUID> dueForTransfer(String provider, Optional<UUID> userId, Instant now, int max) {
        return handles.with(h -> {
            Query q = h.createQuery(DUE_FOR_TRANSFER + (userId.isPresent() ? OF_USER : "") + DUE_ORDER)
                    .bind("provider", provider).bind("now", SqlTime.at(now)).bind("max", max);
            userId.ifPresent(u -> q.bind("userId", u));
            return q.mapTo(UUID.class).list();
        });
    }

    @Override
    public Optional<Payout> claimTransfer(UUID id, Instant now, Instant until) {
        return handles.with(h -> h.createQuery(CLAIM).bind("id", id).bind("now", SqlTime.at(now))
                .bind("until", SqlTime.at(until)).map(ROW).findOne());
    }

    @Override
    public boolean markTransferred(UUID id, String transferRef, String note, Instant at) {
        return handles.with(h -> h.createUpdate(TRANSFERRED).bind("id", id).bind("ref", transferRef)
                .bind("note", note).bind("at", SqlTime.at(at)).execute()) == 1;
    }

    @Override
    public void recordTransferFailure(UUID id, String error, Instant retryAt, Instant at) {
        handles.use(h -> h.createUpdate(FAILED).bind("id", id).bind("error", error)
                .bind("retryAt", SqlTime.at(retryAt)).bind("at", SqlTime.at(at)).execute());
    }

    @Override
    public void releaseTransfer(UUID id, Instant at) {
        handles.use(h -> h.createUpdate(RELEASE).bind("id", id).execute());
    }

    @Override
    public Optional<Payout> findByOrder(UUID orderId) {
        return handles.with(h -> h.createQuery(BY_ORDER).bind("orderId", orderId).map(ROW).findOne());
    }

    @Override
    public Optional<Payout> findById(UUID id) {
        return handles.with(h -> h.createQuery(BY_ID).bind("id", id).map(ROW).findOne());
    }

    @Override
    public Optional<Payout> settle(UUID id, PayoutStatus next, Optional<String> note, Instant at) {
        return handles.with(h -> h.createQuery(SETTLE).bind("id", id).bind("status", next.name())
                .bind("note", note.orElse(null)).bind("at", SqlTime.at(at)).map(ROW).findOne());
    }

    @Override
    public List<Payout> forUser(UUID userId, Optional<Cursor> after, int max) {
        return handles.with(h -> {
            Query q = h.createQuery(FOR_USER + (after.isPresent() ? AFTER : "") + ORDER)
                    .bind("userId", userId).bind("max", max);
            after.ifPresent(c -> q.bind("at", SqlTime.at(c.at())).bind("afterId", c.id()));
            return q.map(ROW).list();
        });
    }
}
