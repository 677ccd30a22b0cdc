package io.ensemble.social;

import io.ensemble.shared.keys.SecretCipher;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Encrypts and decrypts a linked account's provider tokens with {@link SecretCipher} (AES-256-GCM),
 * binding each ciphertext to the account with the associated data {@code social_account:<id>}
 * (issue 6 §1), so a ciphertext copied onto another row does not decrypt.
 */
public final class TokenVault {
    private final SecretCipher cipher;

    /** @param cipher the configured AEAD */
    public TokenVault(SecretCipher cipher) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    /** @return {@code social_account:<accountId>}, the associated data of the account's tokens */
    public static String associatedData(UUID accountId) {
        return "social_account:" + accountId;
    }

    /** @return the tokens encrypted for {@code accountId} */
    public EncryptedTokens seal(UUID accountId, ProviderTokens tokens) {
        String ad = associatedData(accountId);
        return new EncryptedTokens(cipher.encrypt(tokens.accessToken(), ad),
                tokens.refreshToken().map(r -> cipher.encrypt(r, ad)), tokens.expiresAt(), tokens.scopes());
    }

    /**
     * @return the plaintext tokens of {@code accountId}
     * @throws SecretCipher.DecryptionFailed when the ciphertexts were not made for this account or key
     */
    public ProviderTokens open(UUID accountId, EncryptedTokens sealed) {
        String ad = associatedData(accountId);
        Optional<String> refresh = sealed.refreshToken().map(r -> cipher.decrypt(r, ad));
        return new ProviderTokens(cipher.decrypt(sealed.accessToken(), ad), refresh, sealed.expiresAt(),
                sealed.scopes());
    }
}
