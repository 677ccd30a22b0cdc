package io.ensemble.social;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Plaintext provider tokens as a provider's token endpoint returns them. Lives only in memory between
 * the provider adapter and {@link TokenVault}; {@link #toString()} hides the secrets.
 *
 * @param accessToken the bearer token for the provider's API; non-blank
 * @param refreshToken the refresh token, when issued (TikTok rotates it on every refresh)
 * @param expiresAt when the access token expires, computed from the provider's {@code expires_in}
 * @param scopes granted scopes as the provider reported them
 */
public record ProviderTokens(String accessToken, Optional<String> refreshToken, Optional<Instant> expiresAt,
                             List<String> scopes) {
    /** @throws IllegalArgumentException when the access token is blank */
    public ProviderTokens {
        if (accessToken == null || accessToken.isBlank()) {
            throw new IllegalArgumentException("accessToken is required");
        }
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
        scopes = List.copyOf(scopes);
    }

    /** @return a description without the tokens */
    @Override
    public String toString() {
        return "ProviderTokens[refresh=" + refreshToken.isPresent() + ", expiresAt=" + expiresAt
                + ", scopes=" + scopes + "]";
    }
}
