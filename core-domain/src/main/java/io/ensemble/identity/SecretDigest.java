package io.ensemble.identity;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes and hashes short-lived secrets (OTPs, refresh and reset tokens). Hashes are HMAC-SHA256
 * under a server-side key, so a leaked table of 6-digit OTP hashes cannot be brute-forced offline.
 */
public final class SecretDigest {
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    /** @param key HMAC key bytes, at least 32 */
    public SecretDigest(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("HMAC key must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /** @return lower-case hex HMAC-SHA256 of {@code secret} */
    public String hash(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Compares two hashes in constant time. */
    public boolean matches(String expectedHash, String secret) {
        return MessageDigest.isEqual(
                expectedHash.getBytes(StandardCharsets.US_ASCII),
                hash(secret).getBytes(StandardCharsets.US_ASCII));
    }

    /** @return a uniformly random 6-digit code, zero-padded */
    public String newOtp() {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    /**
     * Derives a token from another one: HMAC-SHA256 under the server key of {@code purpose},
     * a NUL and {@code secret}, base64url without padding (43 characters, like {@link #newToken()}).
     * The same input always gives the same token, and without the key it cannot be computed; the
     * purpose keeps it apart from {@link #hash} of the same secret (issue 29 §8: the successor of a
     * refresh token).
     *
     * @param purpose a constant naming what the token is for
     * @param secret the token it is derived from
     * @return the derived token
     */
    public String derive(String purpose, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] out = mac.doFinal((purpose + '\0' + secret).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** @return 256 random bits, base64url without padding (43 characters) */
    public String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
