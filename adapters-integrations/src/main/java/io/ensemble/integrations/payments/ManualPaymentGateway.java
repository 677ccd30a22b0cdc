package io.ensemble.integrations.payments;

import io.ensemble.payments.Money;
import io.ensemble.payments.PaymentGateway;
import io.ensemble.payments.PaymentStart;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code manual} {@link PaymentGateway} (issue 8 §3): no provider and no keys. A payment is only
 * recorded (reference {@code manual_<orderId>}, no client secret) and waits for an admin's
 * {@code record_payment}; refunds and payouts are logged for an operator to carry out by hand (the
 * payouts ledger holds what is owed). Deterministic references make a retried call harmless.
 */
public final class ManualPaymentGateway implements PaymentGateway {
    /** The configured name stored with each payment. */
    public static final String NAME = "manual";
    private static final Logger LOG = LoggerFactory.getLogger(ManualPaymentGateway.class);

    @Override
    public String name() {
        return NAME;
    }

    /** @return true: an admin confirms each payment */
    @Override
    public boolean operatorConfirmsPayments() {
        return true;
    }

    /** @return {@code manual_<orderId>} and no client secret */
    @Override
    public PaymentStart createPayment(UUID orderId, Money amount, Map<String, String> metadata) {
        LOG.info("Manual payment awaited for order {}: {} {} (minor units)", orderId, amount.amount(),
                amount.currency());
        return new PaymentStart("manual_" + orderId, Optional.empty());
    }

    /** @return {@code refund_<providerRef>}; the operator returns the money by hand */
    @Override
    public String refund(String providerRef, Money amount) {
        LOG.info("Manual refund to carry out for {}: {} {} (minor units)", providerRef, amount.amount(),
                amount.currency());
        return "refund_" + providerRef;
    }

    /** @return empty: the payout stays PENDING in the ledger until an admin marks it PAID */
    @Override
    public Optional<String> payout(UUID payoutId, UUID userId, UUID orderId, Money amount) {
        LOG.info("Manual payout {} to carry out: user {} is owed {} {} (minor units) for order {}", payoutId, userId,
                amount.amount(), amount.currency(), orderId);
        return Optional.empty();
    }
}
