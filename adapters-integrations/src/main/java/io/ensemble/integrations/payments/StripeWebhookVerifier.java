package io.ensemble.integrations.payments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import io.ensemble.payments.ProviderEvent;
import io.ensemble.payments.WebhookRejected;
import io.ensemble.payments.WebhookVerifier;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Verifies Stripe webhooks (Stripe docs "Check the webhook signatures"): the {@code Stripe-Signature}
 * header {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + raw body)>} is checked with
 * stripe-java's {@link Webhook.Signature#verifyHeader} against the raw bytes as received, with the
 * configured tolerance (300 s) measured on the injected clock, before anything is parsed. A
 * timestamp more than the tolerance in the future is refused too (the SDK only bounds the past).
 */
public final class StripeWebhookVerifier implements WebhookVerifier {
    private final String secret;
    private final Duration tolerance;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param secret the endpoint's signing secret ({@code whsec_…})
     * @param tolerance maximum age (and clock skew) of the signature timestamp
     */
    public StripeWebhookVerifier(String secret, Duration tolerance, Clock clock) {
        this.secret = Objects.requireNonNull(secret, "secret");
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ProviderEvent verify(byte[] body, String signature) {
        if (signature == null || signature.isBlank()) {
            throw new WebhookRejected("The Stripe-Signature header is missing.");
        }
        String payload = utf8(body);
        try {
            Webhook.Signature.verifyHeader(payload, signature, secret, tolerance.toSeconds(), clock);
        } catch (SignatureVerificationException | IllegalArgumentException | IndexOutOfBoundsException e) {
            // stripe-java reads t= with Long.parseLong and split("=")[1] before checking anything: a
            // non-numeric timestamp or a bare "t" is a malformed signature like any other (issue 28 §2).
            throw new WebhookRejected("The Stripe-Signature does not match this body, or is older than "
                    + tolerance.toSeconds() + " s.");
        }
        if (signedAt(signature) > clock.instant().getEpochSecond() + tolerance.toSeconds()) {
            throw new WebhookRejected("The Stripe-Signature timestamp is more than " + tolerance.toSeconds()
                    + " s in the future.");
        }
        JsonNode event;
        try {
            event = json.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new WebhookRejected("The signed body is not JSON.");
        }
        if (event == null || !event.isObject()) {
            throw new WebhookRejected("The signed body is not a Stripe event.");
        }
        return StripeEvents.read(event);
    }

    /** The {@code t=} element of a header that already verified (so it is present and numeric). */
    private static long signedAt(String header) {
        for (String element : header.split(",")) {
            String[] pair = element.strip().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t")) {
                return Long.parseLong(pair[1].strip());
            }
        }
        throw new WebhookRejected("The Stripe-Signature has no timestamp.");
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new WebhookRejected("The body is not UTF-8.");
        }
    }
}
