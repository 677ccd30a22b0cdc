package io.ensemble.integrations.payments;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.stripe.StripeClient;
import io.dropwizard.util.Duration;
import io.ensemble.payments.PayoutAccountRepository;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code payments: {type: stripe, …}} ({@code PAYMENTS=stripe}, README §Stripe): Stripe
 * PaymentIntents, refunds, Connect onboarding and transfers, and webhook verification. Without
 * {@code STRIPE_SECRET_KEY} or {@code STRIPE_WEBHOOK_SECRET} the service refuses to start, naming the
 * missing variables (a half-configured payment provider must not take orders).
 */
@JsonTypeName("stripe")
@JsonIgnoreProperties(ignoreUnknown = true)
public class StripePaymentGatewayFactory implements PaymentGatewayFactory {
    /** {@code STRIPE_SECRET_KEY}: the platform's secret API key ({@code sk_live_…}/{@code sk_test_…}). */
    @JsonProperty
    private String secretKey = "";
    /** {@code STRIPE_WEBHOOK_SECRET}: the webhook endpoint's signing secret ({@code whsec_…}). */
    @JsonProperty
    private String webhookSecret = "";
    /** {@code STRIPE_API_BASE}: where the API lives; tests point it at WireMock. */
    @JsonProperty
    private String apiBase = "https://api.stripe.com";
    /** {@code STRIPE_CONNECT_RETURN_URL}: where Stripe sends a creator after onboarding. */
    @JsonProperty
    private String connectReturnUrl = "http://localhost:3000/payouts/connected";
    /** {@code STRIPE_CONNECT_REFRESH_URL}: where Stripe sends a creator whose onboarding link expired. */
    @JsonProperty
    private String connectRefreshUrl = "http://localhost:3000/payouts/connect";
    /** Connect and read timeout of each Stripe call. */
    @JsonProperty
    @NotNull
    private Duration timeout = Duration.seconds(10);
    /** SDK retries of a failed call (same idempotency key). */
    @JsonProperty
    @Min(0)
    @Max(5)
    private int maxNetworkRetries = 1;
    /** Maximum age of a webhook signature (Stripe's default tolerance). */
    @JsonProperty
    @NotNull
    private Duration webhookTolerance = Duration.seconds(300);

    /**
     * @return the settings with keys present
     * @throws IllegalStateException naming each missing environment variable
     */
    public StripeSettings settings() {
        List<String> missing = new ArrayList<>();
        if (blank(secretKey)) {
            missing.add("STRIPE_SECRET_KEY");
        }
        if (blank(webhookSecret)) {
            missing.add("STRIPE_WEBHOOK_SECRET");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("PAYMENTS=stripe needs " + String.join(" and ", missing)
                    + "; set them, or use PAYMENTS=manual.");
        }
        return new StripeSettings(secretKey.strip(), webhookSecret.strip(), stripSlash(apiBase), connectReturnUrl,
                connectRefreshUrl, java.time.Duration.ofMillis(timeout.toMilliseconds()), maxNetworkRetries,
                java.time.Duration.ofMillis(webhookTolerance.toMilliseconds()));
    }

    /** @return the Stripe gateway, Connect onboarding and webhook verifier over one client */
    @Override
    public PaymentProviders build(PayoutAccountRepository payees, Clock clock) {
        StripeSettings settings = settings();
        StripeClient client = StripeClients.build(settings);
        return new PaymentProviders(new StripePaymentGateway(client, payees),
                new StripePayoutAccounts(client, settings.connectReturnUrl(), settings.connectRefreshUrl()),
                new StripeWebhookVerifier(settings.webhookSecret(), settings.webhookTolerance(), clock));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String stripSlash(String base) {
        String trimmed = base.strip();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
