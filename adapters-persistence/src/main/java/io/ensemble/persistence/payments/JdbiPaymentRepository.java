package io.ensemble.persistence.payments;

import io.ensemble.payments.Money;
import io.ensemble.payments.Payment;
import io.ensemble.payments.PaymentRepository;
import io.ensemble.payments.PaymentStatus;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlTime;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/** {@link PaymentRepository} on {@code payments} (primary key {@code order_id}: one payment per order). */
public final class JdbiPaymentRepository extends JdbiRepository implements PaymentRepository {
    private static final String COLUMNS =
            "order_id, provider, provider_ref, amount, currency, status, refund_ref, created_at, updated_at";
    private static final String INSERT = "INSERT INTO payments (" + COLUMNS + ") VALUES (:orderId, :provider,"
            + " :providerRef, :amount, :currency, :status, :refundRef, :createdAt, :updatedAt)"
            + " ON CONFLICT (order_id) DO NOTHING";
    private static final String BY_ORDER = "SELECT " + COLUMNS + " FROM payments WHERE order_id = :orderId";
    private static final String STATUS = "UPDATE payments SET status = :status,"
            + " refund_ref = COALESCE(:refundRef, refund_ref), updated_at = :at WHERE order_id = :orderId";
    private static final RowMapper<Payment> ROW = (rs, ctx) -> new Payment(rs.getObject("order_id", UUID.class),
            rs.getString("provider"), rs.getString("provider_ref"),
            new Money(rs.getLong("amount"), rs.getString("currency")), PaymentStatus.valueOf(rs.getString("status")),
            Optional.ofNullable(rs.getString("refund_ref")), SqlTime.read(rs, "created_at"),
            SqlTime.read(rs, "updated_at"));

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiPaymentRepository(JdbiHandles handles) {
        super(handles);
    }

    @Override
    public boolean insert(Payment p) {
        return handles.with(h -> h.createUpdate(INSERT).bind("orderId", p.orderId()).bind("provider", p.provider())
                .bind("providerRef", p.providerRef()).bind("amount", p.amount().amount())
                .bind("currency", p.amount().currency()).bind("status", p.status().name())
                .bind("refundRef", p.refundRef().orElse(null)).bind("createdAt", SqlTime.at(p.createdAt()))
                .bind("updatedAt", SqlTime.at(p.updatedAt())).execute()) == 1;
    }

    @Override
    public Optional<Payment> findByOrder(UUID orderId) {
        return handles.with(h -> h.createQuery(BY_ORDER).bind("orderId", orderId).map(ROW).findOne());
    }

    @Override
    public void updateStatus(UUID orderId, PaymentStatus status, Optional<String> refundRef, Instant at) {
        handles.use(h -> h.createUpdate(STATUS).bind("orderId", orderId).bind("status", status.name())
                .bind("refundRef", refundRef.orElse(null)).bind("at", SqlTime.at(at)).execute());
    }
}
