package io.ensemble.payments;

import io.ensemble.shared.outbox.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * Domain events of order payments (DESIGN §Domain events), written to the outbox in the transaction of
 * the change; the integrator feed publishes them as {@code payment.succeeded} and
 * {@code payment.refunded} (issue 26 §1). Amounts in minor units; no provider references.
 */
public sealed interface PaymentActivity extends DomainEvent {
    /** The order's money was collected. */
    record Succeeded(UUID orderId, String provider, long amount, String currency, Instant at) implements PaymentActivity {
    }

    /** A payout reached the user: settled PAID by an admin or transferred ({@code amount}: the net, minor units). */
    record PayoutPaid(UUID payoutId, UUID userId, UUID orderId, long amount, String currency, Instant at)
            implements PaymentActivity {
    }

    /** A payout was settled FAILED by an admin ({@code amount}: the net, minor units; the note is not published). */
    record PayoutFailed(UUID payoutId, UUID userId, UUID orderId, long amount, String currency, Instant at)
            implements PaymentActivity {
    }

    /** The order's payment was refunded in full. */
    record Refunded(UUID orderId, String provider, long amount, String currency, Instant at) implements PaymentActivity {
    }
}
