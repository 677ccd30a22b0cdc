package io.ensemble.payments;

import io.ensemble.shared.errors.ProviderUnavailable;

/**
 * A webhook arrived before the change it refers to was committed here (a transfer event racing the
 * transaction that created the transfer): 503 so the provider delivers it again later, and nothing
 * is stored meanwhile.
 */
public class WebhookNotReady extends ProviderUnavailable {
    private static final long serialVersionUID = 1L;

    /** @param message what is not known yet */
    public WebhookNotReady(String message) {
        super(message);
    }
}
