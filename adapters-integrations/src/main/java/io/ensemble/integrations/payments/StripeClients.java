package io.ensemble.integrations.payments;

import com.stripe.StripeClient;

/** Builds the stripe-java {@link StripeClient} for {@link StripeSettings} (API and Connect base overridable). */
public final class StripeClients {
    private StripeClients() {
    }

    /** @return a client for the settings' key, base URL, time limits and retries */
    public static StripeClient build(StripeSettings settings) {
        int timeoutMillis = Math.toIntExact(settings.timeout().toMillis());
        return StripeClient.builder()
                .setApiKey(settings.secretKey())
                .setApiBase(settings.apiBase())
                .setConnectBase(settings.apiBase())
                .setFilesBase(settings.apiBase())
                .setConnectTimeout(timeoutMillis)
                .setReadTimeout(timeoutMillis)
                .setMaxNetworkRetries(settings.maxNetworkRetries())
                .build();
    }
}
