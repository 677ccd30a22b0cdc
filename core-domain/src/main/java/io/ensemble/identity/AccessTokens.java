package io.ensemble.identity;

/** Issues and verifies access tokens (DESIGN §Security: JWT, 15 min, kid header, algorithm pinned). */
public interface AccessTokens {
    /** @return a signed token for {@code user} in {@code sessionId} */
    IssuedAccessToken issue(User user, java.util.UUID sessionId);

    /**
     * Verifies signature, algorithm, issuer, audience and expiry.
     *
     * @throws io.ensemble.shared.Unauthenticated when any check fails
     */
    AccessTokenClaims verify(String token);
}
