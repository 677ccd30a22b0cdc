package io.ensemble.identity.fakes;

import io.ensemble.identity.AccessTokenClaims;
import io.ensemble.identity.AccessTokens;
import io.ensemble.identity.IssuedAccessToken;
import io.ensemble.identity.User;
import io.ensemble.shared.errors.Unauthenticated;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Opaque access tokens remembered with the claims they were issued with (the role at issue time). */
public final class FakeAccessTokens implements AccessTokens {
    public static final long EXPIRES_IN_SECONDS = 900;

    private final Map<String, AccessTokenClaims> issued = new ConcurrentHashMap<>();
    private final AtomicLong counter = new AtomicLong();

    @Override
    public IssuedAccessToken issue(User user, UUID sessionId) {
        String token = "access-" + counter.incrementAndGet() + "-" + user.id();
        issued.put(token, new AccessTokenClaims(user.id(), user.role(), sessionId));
        return new IssuedAccessToken(token, EXPIRES_IN_SECONDS);
    }

    /** Deterministic: the same session and token id give the same token (issue 29 §8). */
    @Override
    public IssuedAccessToken issue(User user, UUID sessionId, java.time.Instant issuedAt, UUID tokenId) {
        counter.incrementAndGet();
        String token = "access-" + tokenId + "-" + user.id();
        issued.put(token, new AccessTokenClaims(user.id(), user.role(), sessionId));
        return new IssuedAccessToken(token, EXPIRES_IN_SECONDS);
    }

    @Override
    public AccessTokenClaims verify(String token) {
        AccessTokenClaims claims = token == null ? null : issued.get(token);
        if (claims == null) {
            throw new Unauthenticated("INVALID_TOKEN", "The access token is invalid.");
        }
        return claims;
    }

    public Optional<AccessTokenClaims> claimsOf(String token) {
        return Optional.ofNullable(issued.get(token));
    }

    public long issuedCount() {
        return counter.get();
    }
}
