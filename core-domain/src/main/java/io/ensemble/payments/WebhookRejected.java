package io.ensemble.payments;

import io.ensemble.shared.errors.ValidationFailed;

/** A webhook failed verification: forged, stale, unsigned or malformed (400, {@code WEBHOOK_REJECTED}). */
public class WebhookRejected extends ValidationFailed {
    private static final long serialVersionUID = 1L;

    /** @param message why, without echoing secrets or signatures */
    public WebhookRejected(String message) {
        super("WEBHOOK_REJECTED", message);
    }
}
