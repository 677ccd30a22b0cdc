package io.ensemble.payments;

/**
 * Port that authenticates a provider webhook on its raw bytes and reads it (Stripe: the
 * {@code Stripe-Signature} scheme with a 300 s tolerance).
 */
public interface WebhookVerifier {
    /**
     * @param body the request body exactly as received
     * @param signature the signature header, may be null when absent
     * @return the event it carries
     * @throws WebhookRejected when the signature is missing, forged or too old, or the body is not an event
     * @throws PayoutsNotConfigured when no webhook secret is configured
     */
    ProviderEvent verify(byte[] body, String signature);
}
