package io.ensemble.payments;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a verified provider webhook means for our records, independent of the provider's wire format
 * (the Stripe adapter translates {@code payment_intent.*}, {@code charge.refunded},
 * {@code account.updated} and {@code transfer.*} into these; issue 8 §3).
 */
public sealed interface PaymentEvent {
    /** The order's payment was collected ({@code payment_intent.succeeded}). */
    record PaymentSucceeded(UUID orderId, String paymentRef) implements PaymentEvent {
        public PaymentSucceeded {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(paymentRef, "paymentRef");
        }
    }

    /**
     * An attempt to pay failed ({@code payment_intent.payment_failed}); the brand may retry, so the
     * payment stays PENDING with the reason recorded.
     *
     * @param reason the provider's message, e.g. "Your card was declined."
     */
    record PaymentAttemptFailed(UUID orderId, String paymentRef, String reason) implements PaymentEvent {
        public PaymentAttemptFailed {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(paymentRef, "paymentRef");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The payment was refunded at the provider ({@code charge.refunded}), possibly from its dashboard. */
    record PaymentRefunded(UUID orderId, String paymentRef, Optional<String> refundRef) implements PaymentEvent {
        public PaymentRefunded {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(paymentRef, "paymentRef");
            Objects.requireNonNull(refundRef, "refundRef");
        }
    }

    /** A payee's provider account changed ({@code account.updated}). */
    record PayoutAccountUpdated(String accountId, boolean payoutsEnabled) implements PaymentEvent {
        public PayoutAccountUpdated {
            Objects.requireNonNull(accountId, "accountId");
        }
    }

    /**
     * A payout transfer was made or reversed ({@code transfer.created}, {@code transfer.updated},
     * {@code transfer.reversed}).
     *
     * @param orderId the order the transfer belongs to ({@code transfer_group}), when it names one
     * @param reversed whether the money went back to the platform
     */
    record TransferUpdated(String transferRef, Optional<UUID> orderId, boolean reversed) implements PaymentEvent {
        public TransferUpdated {
            Objects.requireNonNull(transferRef, "transferRef");
            Objects.requireNonNull(orderId, "orderId");
        }
    }

    /**
     * An event that changes nothing here: a type we do not handle, or one that must never undo a
     * later state ({@code payment_intent.created}, {@code payment_intent.processing}).
     */
    record NoChange() implements PaymentEvent {
    }
}
