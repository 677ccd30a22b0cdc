package io.ensemble.payments;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The payment of one order (table {@code payments}, keyed by order id).
 *
 * @param provider gateway name, e.g. {@code manual}
 * @param providerRef the gateway's payment id
 * @param refundRef the gateway's refund id once refunded
 */
public record Payment(UUID orderId, String provider, String providerRef, Money amount, PaymentStatus status,
                      Optional<String> refundRef, Instant createdAt, Instant updatedAt) {
    public Payment {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(providerRef, "providerRef");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(refundRef, "refundRef");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
