package io.ensemble.banking;

/**
 * Port: verifies a provider webhook on its raw bytes and interprets it (Plaid: the
 * {@code Plaid-Verification} ES256 JWT, "Verify webhooks" in Plaid's API docs).
 */
public interface BankWebhookVerifier {
    /**
     * @param rawBody the request body exactly as received
     * @param signature the signature header value, may be null
     * @return the verified webhook
     * @throws io.ensemble.shared.errors.ValidationFailed {@code WEBHOOK_SIGNATURE_INVALID} when the signature is
     *     missing, forged, stale, uses another algorithm, names an unknown key, or does not match the body
     * @throws io.ensemble.shared.errors.ProviderUnavailable when the verification key cannot be fetched now
     * @throws io.ensemble.shared.errors.ProviderNotConfigured when the provider's keys are not set
     */
    BankWebhook verify(byte[] rawBody, String signature);
}
