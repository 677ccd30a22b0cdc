package io.ensemble.social;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A pending OAuth authorization (issue 6 §1): single-use, bound to the user who started it, expiring.
 * Stored under the SHA-256 of the state sent to the provider; the PKCE verifier is stored encrypted.
 *
 * @param stateHash lower-case hex SHA-256 of the state string
 * @param codeVerifier ciphertext of the PKCE code verifier ({@link io.ensemble.shared.keys.SecretCipher})
 */
public record OAuthState(String stateHash, UUID userId, Platform platform, byte[] codeVerifier, Instant expiresAt,
                         Instant createdAt) {
    /** @throws NullPointerException when a component is null */
    public OAuthState {
        Objects.requireNonNull(stateHash, "stateHash");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(codeVerifier, "codeVerifier");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * @param stateHash the state's hash
     * @return {@code oauth_state:<stateHash>}, the associated data of the encrypted verifier
     */
    public static String associatedData(String stateHash) {
        return "oauth_state:" + stateHash;
    }

    /** @return a description without the verifier */
    @Override
    public String toString() {
        return "OAuthState[userId=" + userId + ", platform=" + platform + ", expiresAt=" + expiresAt + "]";
    }
}
