package io.ensemble.media;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 over {@code path + "\n" + expiry} for short-lived links to private objects. */
public final class UrlSigner {
    private static final String ALGORITHM = "HmacSHA256";
    private final byte[] key;

    /** @param key at least 32 secret bytes (config {@code media.signingSecret}) */
    public UrlSigner(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("signing key must be at least 32 bytes");
        }
        this.key = key.clone();
    }

    /** @return the base64url signature of {@code path} valid until {@code expiresEpochSeconds} */
    public String sign(String path, long expiresEpochSeconds) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            byte[] sig = mac.doFinal((path + "\n" + expiresEpochSeconds).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return whether {@code signature} is valid for {@code path} and {@code expires} is still in the future */
    public boolean verify(String path, long expiresEpochSeconds, String signature, Instant now) {
        if (expiresEpochSeconds <= now.getEpochSecond()) {
            return false;
        }
        byte[] expected = sign(path, expiresEpochSeconds).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }
}
