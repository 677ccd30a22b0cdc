package io.ensemble.integrations.banking;

import io.ensemble.banking.BankLinkProvider;
import io.ensemble.banking.BankWebhook;
import io.ensemble.banking.BankWebhookVerifier;
import io.ensemble.banking.ItemAccounts;
import io.ensemble.banking.LinkToken;
import io.ensemble.banking.LinkedItem;
import io.ensemble.shared.ProviderNotConfigured;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Stands in for a provider chosen in the config whose keys are missing, so the service still starts:
 * every call answers 503 {@code PROVIDER_NOT_CONFIGURED} naming the variables to set (DESIGN §Ports).
 */
public final class UnconfiguredBankLinkProvider implements BankLinkProvider, BankWebhookVerifier {
    private final String name;
    private final String description;
    private final List<String> missing;

    /**
     * @param name the provider name, e.g. {@code plaid}
     * @param description shown to clients, e.g. "Plaid bank linking"
     * @param missing the environment variables to set, e.g. {@code PLAID_CLIENT_ID}
     */
    public UnconfiguredBankLinkProvider(String name, String description, List<String> missing) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.missing = List.copyOf(missing);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public LinkToken createLinkToken(UUID userId) {
        throw notConfigured();
    }

    @Override
    public LinkedItem exchangePublicToken(String publicToken) {
        throw notConfigured();
    }

    @Override
    public ItemAccounts accounts(String accessToken) {
        throw notConfigured();
    }

    @Override
    public void removeItem(String accessToken) {
        throw notConfigured();
    }

    @Override
    public BankWebhook verify(byte[] rawBody, String signature) {
        throw notConfigured();
    }

    private ProviderNotConfigured notConfigured() {
        return new ProviderNotConfigured(description, missing);
    }
}
