package io.ensemble.identity;

/**
 * Port: verifies an OpenID Connect ID token of Google or Apple (issue 23 §2) against the provider's
 * published keys (by {@code kid}), issuer, audience (the app's client ids) and expiry.
 */
public interface IdTokenVerifier {
    /**
     * @param provider {@link AuthProvider#GOOGLE} or {@link AuthProvider#APPLE}
     * @param token the compact JWS the app received
     * @return who the token names
     * @throws io.ensemble.shared.errors.Unauthenticated {@code INVALID_ID_TOKEN} when forged, expired, of
     *     another issuer or audience, or malformed
     * @throws io.ensemble.shared.errors.ProviderUnavailable when the provider's keys cannot be fetched
     */
    VerifiedIdentity verify(AuthProvider provider, String token);
}
