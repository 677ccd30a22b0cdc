package io.ensemble.social;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Provider tokens as stored: ciphertexts made by {@link io.ensemble.shared.keys.SecretCipher} with the
 * account's {@link TokenVault#associatedData} (issue 6 §1). Never holds plaintext.
 *
 * @param accessToken ciphertext of the access token
 * @param refreshToken ciphertext of the refresh token, when the provider issued one
 * @param expiresAt when the access token expires, when the provider said
 * @param scopes the scopes granted
 */
public record EncryptedTokens(byte[] accessToken, Optional<byte[]> refreshToken, Optional<Instant> expiresAt,
                              List<String> scopes) {
    /** @throws NullPointerException when a component is null */
    public EncryptedTokens {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
        scopes = List.copyOf(scopes);
    }

    /** @return a description without the ciphertexts */
    @Override
    public String toString() {
        return "EncryptedTokens[expiresAt=" + expiresAt + ", scopes=" + scopes + "]";
    }

    /** Compares ciphertexts by content. */
    @Override
    public boolean equals(Object o) {
        return o instanceof EncryptedTokens t && Arrays.equals(accessToken, t.accessToken)
                && refreshToken.map(r -> t.refreshToken.isPresent() && Arrays.equals(r, t.refreshToken.get()))
                        .orElse(t.refreshToken.isEmpty())
                && expiresAt.equals(t.expiresAt) && scopes.equals(t.scopes);
    }

    /** Hash over the ciphertext contents. */
    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(accessToken), refreshToken.map(Arrays::hashCode), expiresAt, scopes);
    }
}
