package io.ensemble.app.wiring;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.ensemble.integrations.payments.PaymentProviders;
import io.ensemble.payments.OtherPayments;
import io.ensemble.payments.PaymentConfirmations;
import io.ensemble.payments.PaymentWebhooks;
import io.ensemble.payments.PayoutOnboarding;
import io.ensemble.payments.PayoutTransfers;
import io.ensemble.web.payments.PayoutAccountResource;
import io.ensemble.web.payments.StripeWebhookResource;
import java.time.Clock;

/**
 * Wires the routes of the payment provider chosen by {@code payments.type} ({@code PAYMENTS=manual|stripe},
 * issue 8 §3; its gateway goes to {@link PaymentsWiring}): payee onboarding at
 * {@code POST /api/v1/payments/connect/account-link} and the webhook endpoint
 * {@code POST /api/v1/payments/webhooks/stripe}. With {@code manual} both routes answer 503
 * {@code PROVIDER_NOT_CONFIGURED}; with {@code stripe} and a missing key the service refuses to start.
 */
public final class PaymentProvidersWiring {
    private PaymentProvidersWiring() {
    }

    /**
     * Registers the onboarding and webhook routes.
     *
     * @param confirmations the order lifecycle, which moves a paid order to PAID
     * @param transfers transfers a payee's PENDING payouts once their account accepts payouts
     * @param others payments that are not orders' (event tickets, issue 21 §3)
     */
    public static void register(JerseyEnvironment jersey, Persistence db, PaymentProviders providers,
                         PaymentConfirmations confirmations, PayoutTransfers transfers, OtherPayments others,
                         Clock clock) {
        var webhooks = new PaymentWebhooks(providers.webhooks(), db.webhookEvents, db.payments,
                db.paymentProviderUpdates, db.payoutAccounts, confirmations, transfers, db.transactions, clock,
                others, db.outbox, new io.ensemble.shared.ids.UuidV7Generator(clock));
        jersey.register(new StripeWebhookResource(webhooks));
        jersey.register(new PayoutAccountResource(new PayoutOnboarding(providers.payoutAccounts(), db.payoutAccounts, clock)));
    }
}
