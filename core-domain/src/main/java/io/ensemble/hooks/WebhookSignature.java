package io.ensemble.hooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature scheme of outgoing webhooks (issue 26 §2, like Stripe's): header
 * {@code Ensemble-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">} keyed with
 * the endpoint's secret (its UTF-8 bytes). A receiver recomputes {@code v1} over the raw body it
 * received, compares in constant time and refuses old {@code t} values to stop replays.
 */
public final class WebhookSignature {
    /** The header name. */
    public static final String HEADER = "Ensemble-Signature";

    private WebhookSignature() {
    }

    /** @return the header value, e.g. {@code t=1765152000,v1=5f0c…} */
    public static String header(String secret, long unixTime, String body) {
        return "t=" + unixTime + ",v1=" + hmacHex(secret, unixTime + "." + body);
    }

    /** @return lower-case hex HMAC-SHA256 of {@code text} under {@code secret} */
    public static String hmacHex(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
