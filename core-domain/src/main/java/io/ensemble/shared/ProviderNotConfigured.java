package io.ensemble.shared;

/**
 * A route needs a provider whose keys are not configured (503, {@code PROVIDER_NOT_CONFIGURED}); the
 * message names the environment variable to set (DESIGN §Ports, "503 with the key to set").
 */
public class ProviderNotConfigured extends ProviderUnavailable {
    private static final long serialVersionUID = 1L;

    /**
     * @param provider the provider's name, e.g. {@code Apify}
     * @param setting the environment variable that enables it, e.g. {@code APIFY_TOKEN}
     */
    public ProviderNotConfigured(String provider, String setting) {
        super(provider + " is not configured on this server; set " + setting + " to enable it.");
    }

    /** @return {@code PROVIDER_NOT_CONFIGURED} (the status stays 503, as for {@link ProviderUnavailable}) */
    @Override
    public String code() {
        return "PROVIDER_NOT_CONFIGURED";
    }
}
