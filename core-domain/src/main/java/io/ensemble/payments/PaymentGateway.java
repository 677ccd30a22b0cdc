package io.ensemble.payments;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Port to whoever moves the money (DESIGN §Ports {@code PaymentGateway}): {@code manual} records and
 * lets an operator confirm, {@code stripe} uses PaymentIntents, refunds and Connect transfers.
 * Implementations throw {@link io.ensemble.shared.errors.ProviderUnavailable} when the provider cannot be
 * reached; a retried call with the same order id must not charge twice.
 */
public interface PaymentGateway {
    /** @return the configured name, e.g. {@code manual} (stored with each payment) */
    String name();

    /**
     * @return true when an admin confirms payments by hand ({@code record_payment}); false when the
     *     provider confirms them itself (webhooks)
     */
    boolean operatorConfirmsPayments();

    /**
     * Starts collecting {@code amount} for an order.
     *
     * @param orderId the order being paid (Stripe: {@code transfer_group} and idempotency key)
     * @param metadata short key/value pairs to attach (brandId, creatorId …)
     * @return the provider reference and, for client-confirmed providers, the client secret
     */
    PaymentStart createPayment(UUID orderId, Money amount, Map<String, String> metadata);

    /**
     * The client secret of a payment already started, so a retried {@code pay} can still be
     * completed by the client app.
     *
     * @param providerRef what {@link #createPayment} returned
     * @return the client secret; empty for operator-confirmed gateways (the default)
     */
    default Optional<String> clientSecretOf(String providerRef) {
        return Optional.empty();
    }

    /**
     * Cancels a payment that was started but never collected, so it can no longer be paid (Stripe:
     * cancel the PaymentIntent). The default does nothing: an operator-confirmed payment has nothing
     * to cancel at a provider.
     *
     * @param providerRef what {@link #createPayment} returned
     * @throws io.ensemble.shared.errors.ProviderUnavailable when the provider cannot be reached
     */
    default void cancelPayment(String providerRef) {
    }

    /**
     * Refunds {@code amount} of a collected payment.
     *
     * @param providerRef what {@link #createPayment} returned
     * @return the provider's refund id
     */
    String refund(String providerRef, Money amount);

    /**
     * Pays {@code amount} out to a user (Stripe: a Connect transfer). Called outside any database
     * transaction, possibly again for the same payout after a timeout: the provider must see the
     * retry as the same request (idempotency key derived from {@code payoutId}).
     *
     * @param payoutId our ledger id (idempotency key)
     * @param userId who is paid
     * @param orderId the completed order the money comes from
     * @return the provider's transfer id, or empty when nothing can be transferred now: an operator
     *     pays by hand (manual), or the user cannot receive transfers yet (Stripe: no connected account
     *     with payouts enabled)
     */
    Optional<String> payout(UUID payoutId, UUID userId, UUID orderId, Money amount);
}
