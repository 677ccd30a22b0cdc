package io.ensemble.payments;

import io.ensemble.shared.errors.ProviderUnavailable;

/**
 * A payments route needs a provider that is not configured (503, {@code PROVIDER_NOT_CONFIGURED};
 * DESIGN §Ports). The message names the environment variables to set.
 */
public class PayoutsNotConfigured extends ProviderUnavailable {
    private static final long serialVersionUID = 1L;

    /** @param message what is missing, naming the variables to set, e.g. {@code PAYMENTS=stripe} */
    public PayoutsNotConfigured(String message) {
        super(message);
    }

    /** @return {@code PROVIDER_NOT_CONFIGURED} (the status stays 503, as for {@link ProviderUnavailable}) */
    @Override
    public String code() {
        return "PROVIDER_NOT_CONFIGURED";
    }
}
