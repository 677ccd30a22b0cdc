package io.ensemble.payments;

import java.util.Optional;
import java.util.UUID;

/**
 * Port from provider webhooks to contexts other than the marketplace whose payments go through the
 * {@link PaymentGateway} under their own ids (event tickets, issue 21 §3). {@link PaymentWebhooks} asks
 * it about a payment that is not an order's. Called inside the webhook's transaction.
 */
public interface OtherPayments {
    /** Owns no payment. */
    OtherPayments NONE = new OtherPayments() {
        @Override
        public boolean paymentSucceeded(String provider, UUID paymentId, String paymentRef) {
            return false;
        }

        @Override
        public boolean paymentRefunded(String provider, UUID paymentId, String paymentRef,
                                       Optional<String> refundRef) {
            return false;
        }
    };

    /**
     * The provider collected the payment started under {@code paymentId} with reference {@code paymentRef}.
     *
     * @return whether it is one of this owner's payments (false: not ours, nothing changed)
     */
    boolean paymentSucceeded(String provider, UUID paymentId, String paymentRef);

    /**
     * The payment was refunded at the provider (possibly from its dashboard).
     *
     * @return whether it is one of this owner's payments
     */
    boolean paymentRefunded(String provider, UUID paymentId, String paymentRef, Optional<String> refundRef);
}
