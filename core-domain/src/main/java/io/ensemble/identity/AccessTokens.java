package io.ensemble.identity;

/** Issues and verifies access tokens (DESIGN §Security: JWT, 15 min, kid header, algorithm pinned). */
public interface AccessTokens {
    /** @return a signed token for {@code user} in {@code sessionId} */
    IssuedAccessToken issue(User user, java.util.UUID sessionId);

    /**
     * A token whose claims are all given: the same arguments, signed with the same key, give the same
     * token, so a refresh answered again within the reuse grace returns the very same pair (issue 29 §8).
     *
     * @param issuedAt the {@code iat}; the token expires one access-token lifetime later
     * @param tokenId  the {@code jti}
     * @return a signed token for {@code user} in {@code sessionId}
     */
    IssuedAccessToken issue(User user, java.util.UUID sessionId, java.time.Instant issuedAt, java.util.UUID tokenId);

    /**
     * Verifies signature, algorithm, issuer, audience and expiry.
     *
     * @throws io.ensemble.shared.errors.Unauthenticated when any check fails
     */
    AccessTokenClaims verify(String token);
}
