package io.ensemble.social;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random OAuth states and PKCE values (RFC 6749 §10.12, RFC 7636 §4.1-4.2): 256-bit random strings in
 * base64url without padding (43 characters), the S256 challenge {@code BASE64URL(SHA-256(verifier))},
 * and the hex SHA-256 under which a state is stored (the state itself is never stored).
 */
public final class OAuthSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private OAuthSecrets() {
    }

    /** @return 32 random bytes as 43 base64url characters (valid as a state and as a PKCE verifier) */
    public static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return B64URL.encodeToString(bytes);
    }

    /** @return the PKCE S256 challenge of {@code verifier} */
    public static String challenge(String verifier) {
        return B64URL.encodeToString(sha256(verifier));
    }

    /** @return lower-case hex SHA-256 of {@code state}, the key it is stored under */
    public static String hash(String state) {
        return HexFormat.of().formatHex(sha256(state));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
