package io.ensemble.integrations.payments;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook bodies like Stripe (https://docs.stripe.com/webhooks#verify-manually): the
 * {@code Stripe-Signature} header {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">} under the
 * endpoint secret. Shared by the verifier's contract test and the app's end-to-end webhook tests.
 */
public final class StripeSigner {
    private StripeSigner() {
    }

    /**
     * @param secret the endpoint secret, e.g. {@code whsec_...}
     * @param t signing time in Unix seconds
     * @param body the raw request body
     * @return the {@code Stripe-Signature} header value
     */
    public static String signature(String secret, long t, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "t=" + t + ",v1=" + HexFormat.of().formatHex(mac.doFinal((t + "." + body)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
