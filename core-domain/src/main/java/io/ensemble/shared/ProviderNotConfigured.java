package io.ensemble.shared;

/**
 * The provider a route needs has no keys configured (503, {@code PROVIDER_NOT_CONFIGURED}; DESIGN
 * §Ports). The message names the environment variable to set, e.g. {@code TIKTOK_CLIENT_ID}.
 */
public class ProviderNotConfigured extends ProviderUnavailable {
    /** @param message what is missing, naming the key to set */
    public ProviderNotConfigured(String message) {
        super("PROVIDER_NOT_CONFIGURED", message, null);
    }
}
