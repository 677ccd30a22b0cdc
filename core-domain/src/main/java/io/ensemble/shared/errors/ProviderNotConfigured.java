package io.ensemble.shared.errors;

import java.util.List;

/**
 * A route needs a provider whose keys are not set (503, {@code PROVIDER_NOT_CONFIGURED}; DESIGN
 * §Ports: "a route whose provider is not configured answers 503 naming the config key to set").
 */
public class ProviderNotConfigured extends ProviderUnavailable {
    private final List<String> variables;

    /** @param message what is missing, naming the key to set, e.g. {@code TIKTOK_CLIENT_ID} */
    public ProviderNotConfigured(String message) {
        super("PROVIDER_NOT_CONFIGURED", message, null);
        this.variables = List.of();
    }

    /**
     * @param provider what is missing, e.g. {@code "Plaid bank linking"}
     * @param variables the environment variables to set, e.g. {@code PLAID_CLIENT_ID}
     */
    public ProviderNotConfigured(String provider, List<String> variables) {
        super("PROVIDER_NOT_CONFIGURED", provider + " is not configured: set " + String.join(" and ", variables)
                + ".", null);
        this.variables = List.copyOf(variables);
    }

    /** @return the environment variables the operator must set (empty when only the message names them) */
    public List<String> variables() {
        return variables;
    }
}
