package io.ensemble.integrations.payments;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.Transfer;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCancelParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.TransferCreateParams;
import io.ensemble.payments.Money;
import io.ensemble.payments.PaymentGateway;
import io.ensemble.payments.PaymentStart;
import io.ensemble.payments.PayoutAccount;
import io.ensemble.payments.PayoutAccountRepository;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code stripe} {@link PaymentGateway} (issue 8 §3) over stripe-java: one PaymentIntent per order
 * ({@code POST /v1/payment_intents}, {@code transfer_group} = order id, idempotency key = order id so a
 * retried {@code pay} never creates a second one), cancellation of an unpaid one
 * ({@code POST /v1/payment_intents/:id/cancel}), refunds ({@code POST /v1/refunds}) and Connect
 * payouts by Transfer ({@code POST /v1/transfers}, destination = the creator's connected account,
 * {@code transfer_group} = order id, idempotency key = payout id). Payments are confirmed by the client app and reported by
 * webhook, so {@link #operatorConfirmsPayments()} is false. Errors: see {@link StripeErrors}.
 */
public final class StripePaymentGateway implements PaymentGateway {
    /** The configured name stored with each payment. */
    public static final String NAME = "stripe";
    private static final Logger LOG = LoggerFactory.getLogger(StripePaymentGateway.class);

    private final StripeClient client;
    private final PayoutAccountRepository payees;

    /**
     * @param client the configured stripe-java client
     * @param payees where creators' connected accounts are stored (payout destinations)
     */
    public StripePaymentGateway(StripeClient client, PayoutAccountRepository payees) {
        this.client = Objects.requireNonNull(client, "client");
        this.payees = Objects.requireNonNull(payees, "payees");
    }

    @Override
    public String name() {
        return NAME;
    }

    /** @return false: Stripe confirms payments itself (webhook {@code payment_intent.succeeded}) */
    @Override
    public boolean operatorConfirmsPayments() {
        return false;
    }

    /**
     * Creates the order's PaymentIntent (automatic payment methods, amount in minor units, lower-case
     * currency, metadata, {@code transfer_group} = order id) with idempotency key {@code pi-<orderId>}.
     *
     * @return the PaymentIntent id and its client secret
     */
    @Override
    public PaymentStart createPayment(UUID orderId, Money amount, Map<String, String> metadata) {
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
                .setAmount(amount.amount())
                .setCurrency(amount.currency().toLowerCase(Locale.ROOT))
                .setTransferGroup(orderId.toString())
                .putAllMetadata(metadata)
                .putMetadata("orderId", orderId.toString())
                .setAutomaticPaymentMethods(PaymentIntentCreateParams.AutomaticPaymentMethods.builder()
                        .setEnabled(true).build())
                .build();
        try {
            PaymentIntent intent = client.v1().paymentIntents().create(params, idempotent("pi-" + orderId));
            LOG.info("Stripe PaymentIntent {} for order {}", intent.getId(), orderId);
            return new PaymentStart(intent.getId(), Optional.ofNullable(intent.getClientSecret()));
        } catch (StripeException e) {
            throw StripeErrors.translate(e, "create the payment");
        }
    }

    /** @return the PaymentIntent's client secret ({@code GET /v1/payment_intents/:id}) */
    @Override
    public Optional<String> clientSecretOf(String providerRef) {
        try {
            return Optional.ofNullable(client.v1().paymentIntents().retrieve(providerRef).getClientSecret());
        } catch (StripeException e) {
            throw StripeErrors.translate(e, "read the payment");
        }
    }

    /**
     * Cancels the PaymentIntent ({@code POST /v1/payment_intents/:id/cancel},
     * {@code cancellation_reason=abandoned}), idempotency key {@code pi-cancel-<paymentIntentId>}, so
     * the brand can no longer pay a cancelled order.
     */
    @Override
    public void cancelPayment(String providerRef) {
        PaymentIntentCancelParams params = PaymentIntentCancelParams.builder()
                .setCancellationReason(PaymentIntentCancelParams.CancellationReason.ABANDONED).build();
        try {
            PaymentIntent intent = client.v1().paymentIntents().cancel(providerRef, params,
                    idempotent("pi-cancel-" + providerRef));
            LOG.info("Stripe PaymentIntent {} cancelled ({})", intent.getId(), intent.getStatus());
        } catch (StripeException e) {
            throw StripeErrors.translate(e, "cancel the payment");
        }
    }

    /**
     * Refunds the PaymentIntent's charge ({@code POST /v1/refunds} with {@code payment_intent} and
     * {@code amount}), idempotency key {@code refund-<paymentIntentId>}.
     *
     * @return the Refund id ({@code re_…})
     */
    @Override
    public String refund(String providerRef, Money amount) {
        RefundCreateParams params = RefundCreateParams.builder().setPaymentIntent(providerRef)
                .setAmount(amount.amount()).build();
        try {
            Refund refund = client.v1().refunds().create(params, idempotent("refund-" + providerRef));
            LOG.info("Stripe Refund {} of {}", refund.getId(), providerRef);
            return refund.getId();
        } catch (StripeException e) {
            throw StripeErrors.translate(e, "refund the payment");
        }
    }

    /**
     * Transfers the payout to the user's connected account ({@code POST /v1/transfers}: amount,
     * currency, destination, {@code transfer_group} = order id, metadata orderId/userId/payoutId),
     * idempotency key {@code transfer-<payoutId>}: a retry after a timeout or a 5xx (by the SDK or by
     * the {@code payouts-transfer} job, within Stripe's 24 h key window) answers the same Transfer.
     *
     * @return the Transfer id ({@code tr_…}); empty when the user has no connected account with
     *     payouts enabled yet — the payout then stays PENDING until {@code account.updated} enables it
     */
    @Override
    public Optional<String> payout(UUID payoutId, UUID userId, UUID orderId, Money amount) {
        Optional<PayoutAccount> account = payees.findByUser(userId, NAME).filter(PayoutAccount::payoutsEnabled);
        if (account.isEmpty()) {
            LOG.info("Payout {} of order {} stays PENDING: user {} has no Stripe account with payouts enabled",
                    payoutId, orderId, userId);
            return Optional.empty();
        }
        TransferCreateParams params = TransferCreateParams.builder()
                .setAmount(amount.amount())
                .setCurrency(amount.currency().toLowerCase(Locale.ROOT))
                .setDestination(account.get().accountId())
                .setTransferGroup(orderId.toString())
                .putMetadata("orderId", orderId.toString())
                .putMetadata("userId", userId.toString())
                .putMetadata("payoutId", payoutId.toString())
                .build();
        try {
            Transfer transfer = client.v1().transfers().create(params, idempotent("transfer-" + payoutId));
            LOG.info("Stripe Transfer {} for payout {} of order {}", transfer.getId(), payoutId, orderId);
            return Optional.of(transfer.getId());
        } catch (StripeException e) {
            throw StripeErrors.translate(e, "transfer the payout");
        }
    }

    private static RequestOptions idempotent(String key) {
        return RequestOptions.builder().setIdempotencyKey(key).build();
    }
}
