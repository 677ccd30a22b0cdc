package io.ensemble.integrations.banking;

import io.ensemble.banking.BankLinkProvider;
import io.ensemble.banking.BankWebhookVerifier;
import java.util.Objects;

/**
 * The configured bank-link adapter: the provider port and the verifier of its webhooks.
 *
 * @param provider link tokens, token exchange, accounts, item removal
 * @param webhooks verifies and interprets the provider's webhooks
 */
public record BankLinking(BankLinkProvider provider, BankWebhookVerifier webhooks) {
    public BankLinking {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(webhooks, "webhooks");
    }
}
