package io.ensemble.integrations.banking;

import io.ensemble.banking.BankLinkProvider;
import io.ensemble.banking.BankWebhookVerifier;
import io.ensemble.integrations.support.NotConfigured;
import io.ensemble.shared.errors.ProviderNotConfigured;
import java.util.List;
import java.util.Map;
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

    /**
     * Stands in for a provider chosen in the config whose keys are missing, so the service still starts:
     * every call answers 503 {@code PROVIDER_NOT_CONFIGURED} naming the variables to set (DESIGN §Ports).
     *
     * @param name the provider name, e.g. {@code plaid}
     * @param description shown to clients, e.g. "Plaid bank linking"
     * @param missing the environment variables to set, e.g. {@code PLAID_CLIENT_ID}
     * @return the provider (its {@code name()} answers) and the webhook verifier
     */
    public static BankLinking notConfigured(String name, String description, List<String> missing) {
        List<String> keys = List.copyOf(missing);
        Objects.requireNonNull(description, "description");
        return new BankLinking(
                NotConfigured.standIn(BankLinkProvider.class, () -> new ProviderNotConfigured(description, keys),
                        Map.of("name", Objects.requireNonNull(name, "name"))),
                NotConfigured.standIn(BankWebhookVerifier.class, () -> new ProviderNotConfigured(description, keys),
                        Map.of()));
    }
}
