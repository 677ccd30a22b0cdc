package io.ensemble.integrations.payments;

import io.ensemble.payments.PaymentGateway;
import io.ensemble.payments.PayoutAccountProvider;
import io.ensemble.payments.WebhookVerifier;
import java.util.Objects;

/**
 * The adapters one payments provider contributes (issue 8 §3): the gateway that moves money, payee
 * onboarding (Stripe Connect) and webhook verification. The {@code manual} provider has no
 * onboarding or webhooks (both answer 503 {@code PROVIDER_NOT_CONFIGURED}).
 */
public record PaymentProviders(PaymentGateway gateway, PayoutAccountProvider payoutAccounts,
                               WebhookVerifier webhooks) {
    public PaymentProviders {
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(payoutAccounts, "payoutAccounts");
        Objects.requireNonNull(webhooks, "webhooks");
    }
}
