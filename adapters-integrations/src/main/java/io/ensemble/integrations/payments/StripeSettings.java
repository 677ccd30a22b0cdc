package io.ensemble.integrations.payments;

import java.time.Duration;
import java.util.Objects;

/**
 * What the Stripe adapters need (README §Stripe): keys, the API base (overridable for tests), the
 * Connect onboarding return URLs, time limits and the webhook tolerance.
 *
 * @param secretKey {@code STRIPE_SECRET_KEY}, e.g. {@code sk_test_…}
 * @param webhookSecret {@code STRIPE_WEBHOOK_SECRET}, e.g. {@code whsec_…}
 * @param apiBase {@code STRIPE_API_BASE}, {@code https://api.stripe.com} by default
 * @param connectReturnUrl where Stripe sends a creator after onboarding
 * @param connectRefreshUrl where Stripe sends a creator whose onboarding link expired
 * @param timeout connect and read timeout of each call
 * @param maxNetworkRetries retries of a failed call by the SDK (same idempotency key), 0..5
 * @param webhookTolerance maximum age of a webhook signature (Stripe's default: 300 s)
 */
public record StripeSettings(String secretKey, String webhookSecret, String apiBase, String connectReturnUrl,
                             String connectRefreshUrl, Duration timeout, int maxNetworkRetries,
                             Duration webhookTolerance) {
    public StripeSettings {
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(webhookSecret, "webhookSecret");
        Objects.requireNonNull(apiBase, "apiBase");
        Objects.requireNonNull(connectReturnUrl, "connectReturnUrl");
        Objects.requireNonNull(connectRefreshUrl, "connectRefreshUrl");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(webhookTolerance, "webhookTolerance");
        if (maxNetworkRetries < 0 || maxNetworkRetries > 5) {
            throw new IllegalArgumentException("maxNetworkRetries must be 0..5");
        }
    }
}
