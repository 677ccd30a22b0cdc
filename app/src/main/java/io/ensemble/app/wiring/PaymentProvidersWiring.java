package io.ensemble.app;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.ensemble.integrations.payments.PaymentGatewayFactory;
import io.ensemble.integrations.payments.PaymentProviders;
import io.ensemble.payments.PaymentConfirmations;
import io.ensemble.payments.PaymentWebhooks;
import io.ensemble.payments.PayoutOnboarding;
import io.ensemble.payments.PayoutTransfers;
import io.ensemble.persistence.JdbiWebhookEvents;
import io.ensemble.persistence.payments.JdbiPaymentProviderUpdates;
import io.ensemble.persistence.payments.JdbiPaymentRepository;
import io.ensemble.persistence.payments.JdbiPayoutAccountRepository;
import io.ensemble.persistence.payments.JdbiPayoutRepository;
import io.ensemble.web.payments.PayoutAccountResource;
import io.ensemble.web.payments.StripeWebhookResource;
import java.time.Clock;

/**
 * Wires the payment provider chosen by {@code payments.type} ({@code PAYMENTS=manual|stripe}, issue 8
 * §3): its gateway (handed to {@link PaymentsWiring}), payee onboarding at
 * {@code POST /api/v1/payments/connect/account-link} and the webhook endpoint
 * {@code POST /api/v1/payments/webhooks/stripe}. With {@code manual} both routes answer 503
 * {@code PROVIDER_NOT_CONFIGURED}; with {@code stripe} and a missing key the service refuses to start.
 */
final class PaymentProvidersWiring {
    private PaymentProvidersWiring() {
    }

    /**
     * @return the configured provider's adapters
     * @throws IllegalStateException naming the missing environment variables (start is refused)
     */
    static PaymentProviders build(PaymentGatewayFactory factory, Persistence db, Clock clock) {
        return factory.build(new JdbiPayoutAccountRepository(db.handles), clock);
    }

    /**
     * Registers the onboarding and webhook routes.
     *
     * @param confirmations the order lifecycle, which moves a paid order to PAID
     * @param transfers transfers a payee's PENDING payouts once their account accepts payouts
     */
    static void register(JerseyEnvironment jersey, Persistence db, PaymentProviders providers,
                         PaymentConfirmations confirmations, PayoutTransfers transfers, Clock clock) {
        var accounts = new JdbiPayoutAccountRepository(db.handles);
        var webhooks = new PaymentWebhooks(providers.webhooks(), new JdbiWebhookEvents(db.handles),
                new JdbiPaymentRepository(db.handles),
                new JdbiPaymentProviderUpdates(db.handles, new JdbiPayoutRepository(db.handles)), accounts,
                confirmations, transfers, db.transactions, clock);
        jersey.register(new StripeWebhookResource(webhooks));
        jersey.register(new PayoutAccountResource(new PayoutOnboarding(providers.payoutAccounts(), accounts, clock)));
    }
}
