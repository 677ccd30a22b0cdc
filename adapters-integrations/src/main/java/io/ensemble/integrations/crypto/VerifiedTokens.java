package io.ensemble.integrations.crypto;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.ensemble.identity.AccessTokenClaims;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Access tokens whose signature and claims {@link JwtAccessTokens} has already checked, so a client sending the
 * same token on every request pays for the HMAC and the JSON parsing once (issue 25: verification was about a
 * third of the authentication cost of a request). The cache key is the whole compact token, signature included,
 * so only a byte-identical token hits. What can change after the first check is still checked on every hit, with
 * the same rule as jose4j's {@code NumericDateValidator}: the expiry with its clock skew, the not-before time,
 * and that the ring still accepts the token's {@code kid} (a retired key fails its tokens at once).
 * Bounded by count (Caffeine, least recently used out first); invalid tokens are never cached.
 */
final class VerifiedTokens {
    /** Most tokens remembered: about 1 KiB each, so at most a few MiB of heap. */
    static final int MAX_ENTRIES = 4096;

    /**
     * @param claims what the token carries
     * @param kid the key id it was signed with
     * @param expiresAt its {@code exp}, epoch seconds
     * @param notBefore its {@code nbf}, epoch seconds, or {@link Long#MIN_VALUE} when absent
     */
    record Entry(AccessTokenClaims claims, String kid, long expiresAt, long notBefore) {
    }

    private final Cache<String, Entry> entries = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();
    private final long skewSeconds;

    /** @param skewSeconds the clock skew allowed on {@code exp} and {@code nbf}, as in the full check */
    VerifiedTokens(long skewSeconds) {
        this.skewSeconds = skewSeconds;
    }

    /**
     * @param token the compact token as presented
     * @param nowSeconds the evaluation time, epoch seconds (as jose4j's {@code NumericDate})
     * @param kidAccepted whether the ring still accepts a kid
     * @return the claims of a token verified before and still valid now; empty when it must be verified in full
     *     (never seen, evicted, expired, not yet valid or its key retired)
     */
    Optional<AccessTokenClaims> find(String token, long nowSeconds, Predicate<String> kidAccepted) {
        Entry e = entries.getIfPresent(token);
        if (e == null || nowSeconds - skewSeconds >= e.expiresAt() || nowSeconds + skewSeconds < e.notBefore()
                || !kidAccepted.test(e.kid())) {
            return Optional.empty();
        }
        return Optional.of(e.claims());
    }

    /** Remembers a token that has just passed the full verification. */
    void remember(String token, Entry entry) {
        entries.put(token, entry);
    }
}
