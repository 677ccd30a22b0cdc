package io.ensemble.testing;

import io.ensemble.shared.keys.SecretCipher;
import java.nio.charset.StandardCharsets;

/** Not encryption: reversible bytes bound to their associated data, so tests can check which AD was used. */
public final class TaggingCipher implements SecretCipher {
    @Override
    public byte[] encrypt(String plaintext, String associatedData) {
        return (associatedData + "|" + new StringBuilder(plaintext).reverse()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String decrypt(byte[] ciphertext, String associatedData) {
        String s = new String(ciphertext, StandardCharsets.UTF_8);
        if (!s.startsWith(associatedData + "|")) {
            throw new DecryptionFailed("wrong associated data");
        }
        return new StringBuilder(s.substring(associatedData.length() + 1)).reverse().toString();
    }
}
