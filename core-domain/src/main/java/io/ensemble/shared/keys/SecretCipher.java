package io.ensemble.shared.keys;

/**
 * Port: authenticated encryption of secrets kept at rest (provider access and refresh tokens, bank
 * access tokens). The associated data binds a ciphertext to its owner row (e.g. the linked account's id),
 * so a ciphertext copied onto another row no longer decrypts (issue 6 §1, issue 8 §4).
 */
public interface SecretCipher {

    /**
     * Encrypts a secret.
     *
     * @param plaintext      the secret, e.g. an OAuth access token; never null
     * @param associatedData what the secret belongs to, e.g. {@code "social_account:<uuid>"}; authenticated,
     *                       not encrypted, and needed again to decrypt
     * @return the ciphertext bytes (nonce and tag included), to store as-is
     */
    byte[] encrypt(String plaintext, String associatedData);

    /**
     * Decrypts what {@link #encrypt} produced with the same associated data.
     *
     * @param ciphertext     the stored bytes
     * @param associatedData the associated data given to {@link #encrypt}
     * @return the secret
     * @throws DecryptionFailed when the bytes were altered, belong to another owner, or were made with a key
     *                          no longer in the keyset
     */
    String decrypt(byte[] ciphertext, String associatedData);

    /** Thrown when a ciphertext cannot be authenticated; the message never holds key or plaintext material. */
    final class DecryptionFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** @param message what could not be decrypted (an owner description, never secret material) */
        public DecryptionFailed(String message) {
            super(message);
        }
    }
}
