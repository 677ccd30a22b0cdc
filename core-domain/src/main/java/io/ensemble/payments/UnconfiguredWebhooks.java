package io.ensemble.payments;

/**
 * The {@link WebhookVerifier} when no provider sends webhooks ({@code manual} gateway): every
 * delivery answers {@link PayoutsNotConfigured} (503) and nothing is read or stored.
 */
public final class UnconfiguredWebhooks implements WebhookVerifier {
    /** @throws PayoutsNotConfigured always, naming the variables to set */
    @Override
    public ProviderEvent verify(byte[] body, String signature) {
        throw new PayoutsNotConfigured("Stripe webhooks are not configured: set PAYMENTS=stripe, STRIPE_SECRET_KEY "
                + "and STRIPE_WEBHOOK_SECRET.");
    }
}
