package io.ensemble.integrations.banking;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.ensemble.shared.errors.ProviderNotConfigured;
import java.time.Clock;
import java.util.List;

/**
 * {@code bankLinking: {type: sandbox}}: the default, a deterministic fake institution needing no keys
 * ({@link SandboxBankLinkProvider}). It signs no webhooks, so the Plaid webhook route answers 503
 * {@code PROVIDER_NOT_CONFIGURED}. Keys of other adapters in the shipped config are ignored.
 */
@JsonTypeName("sandbox")
@JsonIgnoreProperties(ignoreUnknown = true)
public class SandboxBankLinkingFactory implements BankLinkingFactory {

    /** @return the sandbox provider, and a webhook verifier that refuses every webhook as not configured */
    @Override
    public BankLinking build(Clock clock) {
        return new BankLinking(new SandboxBankLinkProvider(clock), (body, signature) -> {
            throw new ProviderNotConfigured("Plaid webhooks", List.of("BANK_LINKING=plaid", "PLAID_CLIENT_ID",
                    "PLAID_SECRET"));
        });
    }
}
