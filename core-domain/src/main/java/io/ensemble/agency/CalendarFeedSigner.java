package io.ensemble.agency;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the per-user iCal feed URL of issue 22 §1: the signature is HMAC-SHA256 over
 * {@code "agency-ical-feed:" + userId} with a shared node key (base64url, no padding), so a calendar app can
 * subscribe without a bearer token and a tampered user id or signature is refused.
 */
public final class CalendarFeedSigner {
    private static final String PURPOSE = "agency-ical-feed:";
    private final byte[] key;

    /** @param key the HMAC key (every node's same shared key) */
    public CalendarFeedSigner(byte[] key) {
        this.key = Objects.requireNonNull(key, "key").clone();
    }

    /** @return the signature of {@code userId}'s feed */
    public String sign(UUID userId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] sig = mac.doFinal((PURPOSE + userId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** @return the user whose feed {@code signature} signs, empty when either part is malformed or forged */
    public Optional<UUID> verify(String userId, String signature) {
        if (userId == null || signature == null) {
            return Optional.empty();
        }
        UUID id;
        try {
            id = UUID.fromString(userId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        boolean ok = MessageDigest.isEqual(sign(id).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
        return ok ? Optional.of(id) : Optional.empty();
    }
}
