package io.ensemble.payments;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Persistence port of {@code payments} (one row per order). Calls join the caller's transaction. */
public interface PaymentRepository {
    /** Stores a new payment; @return false when the order already has one (nothing changed) */
    boolean insert(Payment payment);

    /** @return the payment of the order, if one was started */
    Optional<Payment> findByOrder(UUID orderId);

    /** Sets the status (and the refund reference when given) of the order's payment. */
    void updateStatus(UUID orderId, PaymentStatus status, Optional<String> refundRef, Instant at);
}
