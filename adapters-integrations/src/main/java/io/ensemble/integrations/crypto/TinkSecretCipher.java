package io.ensemble.integrations.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import io.ensemble.shared.SecretCipher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Objects;

/**
 * {@link SecretCipher} on Tink AEAD with AES-256-GCM keys (Tink "AEAD" primitive; keysets in Tink's
 * JSON format). The keyset may hold several keys: the primary encrypts, all of them decrypt, so keys can
 * be rotated without re-encrypting stored rows.
 */
public final class TinkSecretCipher implements SecretCipher {
    private final Aead aead;

    private TinkSecretCipher(Aead aead) {
        this.aead = aead;
    }

    /**
     * Builds the cipher from a keyset given in config.
     *
     * @param keysetJson a cleartext Tink keyset in JSON (as written by {@link #newKeysetJson()} or
     *                   {@code tinkey create-keyset --key-template AES256_GCM --out-format json})
     * @return the cipher
     * @throws IllegalArgumentException when the text is not a Tink AEAD keyset (the message never holds it)
     */
    public static TinkSecretCipher fromKeysetJson(String keysetJson) {
        Objects.requireNonNull(keysetJson, "keysetJson");
        try {
            register();
            KeysetHandle handle = TinkJsonProtoKeysetFormat.parseKeyset(keysetJson, InsecureSecretKeyAccess.get());
            return new TinkSecretCipher(handle.getPrimitive(RegistryConfiguration.get(), Aead.class));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("The encryption keyset is not a valid Tink AEAD keyset in JSON");
        }
    }

    /**
     * Reads the keyset in {@code file}, generating a new AES-256-GCM keyset there (owner-only) the first
     * time, so the embedded default needs no configuration and keeps decrypting across restarts.
     *
     * @param file e.g. {@code data/secrets/token-encryption.keyset.json}
     * @return the cipher
     * @throws IllegalArgumentException when the file holds something other than a Tink AEAD keyset
     * @throws java.io.UncheckedIOException when the file cannot be read or written
     */
    public static TinkSecretCipher loadOrCreate(Path file) {
        return fromKeysetJson(SecretFiles.loadOrCreateText(file, TinkSecretCipher::newKeysetJson));
    }

    /**
     * Generates a new keyset with one AES-256-GCM key.
     *
     * @return the keyset as cleartext Tink JSON; treat it as a secret
     */
    public static String newKeysetJson() {
        try {
            register();
            KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            return TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate an AES-256-GCM keyset", e);
        }
    }

    @Override
    public byte[] encrypt(String plaintext, String associatedData) {
        Objects.requireNonNull(plaintext, "plaintext");
        try {
            return aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), bytes(associatedData));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    @Override
    public String decrypt(byte[] ciphertext, String associatedData) {
        Objects.requireNonNull(ciphertext, "ciphertext");
        try {
            return new String(aead.decrypt(ciphertext, bytes(associatedData)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new DecryptionFailed("Cannot decrypt the secret stored for " + associatedData);
        }
    }

    private static byte[] bytes(String associatedData) {
        return Objects.requireNonNull(associatedData, "associatedData").getBytes(StandardCharsets.UTF_8);
    }

    private static void register() throws GeneralSecurityException {
        AeadConfig.register();
    }
}
