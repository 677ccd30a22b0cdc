package io.ensemble.social;

import java.net.URI;
import java.util.Optional;

/**
 * Port to one platform's OAuth 2 authorization server and profile API (issue 6 §1; DESIGN §Ports).
 * Adapters live in adapters-integrations, one per platform. Errors are typed:
 * <ul>
 *   <li>{@link ProviderRejected} (400): the provider refused the code, a scope was not granted, or the
 *       account kind is not supported (e.g. a personal Instagram account);</li>
 *   <li>{@link GrantRevoked} (409): the stored access/refresh token is expired or revoked;</li>
 *   <li>{@link io.ensemble.shared.errors.RateLimited} (429): the provider throttled us;</li>
 *   <li>{@link io.ensemble.shared.errors.ProviderUnavailable} (503) for 5xx answers and an open circuit,
 *       {@link io.ensemble.shared.errors.UpstreamFailed} (502/504) for malformed answers and timeouts.</li>
 * </ul>
 */
public interface SocialProvider {
    /** @return the platform served */
    Platform platform();

    /**
     * Fails fast when the platform cannot be used at all, before any state is read or written.
     *
     * @throws io.ensemble.shared.errors.ProviderNotConfigured when its keys are not set (503)
     */
    default void checkConfigured() {
    }

    /** @return whether the authorization request carries a PKCE S256 challenge (and the exchange its verifier) */
    boolean usesPkce();

    /**
     * @param state the opaque state to echo back (already random and stored)
     * @param pkceChallenge base64url SHA-256 of the verifier, present exactly when {@link #usesPkce()}
     * @return the provider's authorization URL to send the user's browser to
     */
    URI authorizationUrl(String state, Optional<String> pkceChallenge);

    /**
     * Exchanges an authorization code for tokens (Instagram: then for a 60-day long-lived token).
     *
     * @param codeVerifier the PKCE verifier, present exactly when {@link #usesPkce()}
     * @return the tokens, with the expiry computed from {@code expires_in}
     */
    ProviderTokens exchangeCode(String code, Optional<String> codeVerifier);

    /** @return whether {@link #refresh} can renew these tokens (a refresh token, or Instagram's long-lived token) */
    boolean canRefresh(ProviderTokens tokens);

    /**
     * Renews the tokens. Providers that rotate refresh tokens (TikTok, Twitch) return the new one; when
     * the provider returns none the current refresh token is kept.
     *
     * @return the new tokens to store in place of {@code current}
     * @throws GrantRevoked when the grant is no longer valid
     */
    ProviderTokens refresh(ProviderTokens current);

    /**
     * Reads the token owner's profile and follower statistics.
     *
     * @throws GrantRevoked when the access token is expired or revoked
     */
    ProfileAndStats fetchProfileAndStats(String accessToken);

    /**
     * Revokes the grant at the provider, where its API offers revocation (issue 20 §4, account erasure).
     *
     * @return whether the provider revoked it (or it was already invalid); false when this provider offers
     *     no revocation, so the stored tokens are only deleted
     * @throws io.ensemble.shared.errors.ProviderUnavailable when the provider cannot be reached (retry later)
     */
    default boolean revoke(ProviderTokens tokens) {
        return false;
    }
}
