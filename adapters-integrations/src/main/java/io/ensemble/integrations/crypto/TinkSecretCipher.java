package io.ensemble.integrations.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AeadKey;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import io.ensemble.shared.keys.SecretCipher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * {@link SecretCipher} on Tink AEAD with AES-256-GCM keys (Tink "AEAD" primitive; keysets in Tink's
 * JSON format). The keyset may hold several keys: the primary encrypts, all of them decrypt, so keys can
 * be rotated without re-encrypting stored rows.
 */
public final class TinkSecretCipher implements SecretCipher {
    private static final String FINGERPRINT_LABEL = "ensemble encryption keyset fingerprint v1:";

    private final Aead aead;
    private final byte[] primaryPrefix;

    private TinkSecretCipher(Aead aead, byte[] primaryPrefix) {
        this.aead = aead;
        this.primaryPrefix = primaryPrefix;
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
            KeysetHandle handle = parse(keysetJson);
            return new TinkSecretCipher(handle.getPrimitive(RegistryConfiguration.get(), Aead.class),
                    ((AeadKey) handle.getPrimary().getKey()).getOutputPrefix().toByteArray());
        } catch (GeneralSecurityException | RuntimeException e) {
            throw invalidKeyset();
        }
    }

    /**
     * A short fingerprint of a keyset (issue 29 §1): the first 16 hex characters of the SHA-256 of a label and
     * the keyset in Tink's binary format. Safe to log and show in errors; equal keysets give equal fingerprints.
     *
     * @param keysetJson a cleartext Tink AEAD keyset in JSON
     * @return 16 lower-case hex characters
     * @throws IllegalArgumentException when the text is not a Tink AEAD keyset (the message never holds it)
     */
    public static String fingerprint(String keysetJson) {
        try {
            byte[] binary = TinkProtoKeysetFormat.serializeKeyset(parse(keysetJson), InsecureSecretKeyAccess.get());
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(FINGERPRINT_LABEL.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(binary)).substring(0, 16);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw invalidKeyset();
        }
    }

    /**
     * Rotation (issue 29 §1): the keyset with one more AES-256-GCM key, made primary. The earlier keys stay
     * enabled, so everything encrypted with them keeps decrypting.
     *
     * @param keysetJson a cleartext Tink AEAD keyset in JSON
     * @return the new keyset as cleartext Tink JSON; treat it as a secret
     * @throws IllegalArgumentException when the text is not a Tink AEAD keyset
     */
    public static String withNewPrimaryKey(String keysetJson) {
        KeysetHandle handle;
        try {
            handle = parse(keysetJson);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw invalidKeyset();
        }
        try {
            KeysetHandle rotated = KeysetHandle.newBuilder(handle)
                    .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                            .withRandomId().makePrimary())
                    .build();
            return TinkJsonProtoKeysetFormat.serializeKeyset(rotated, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot add an AES-256-GCM key to the keyset", e);
        }
    }

    /**
     * Whether a ciphertext was made with this keyset's primary key, read from its 5-byte Tink prefix (version
     * byte and key id). Always false when the primary key writes no prefix (a RAW key).
     *
     * @param ciphertext stored bytes
     * @return true when re-encrypting it would not change its key
     */
    public boolean usesPrimaryKey(byte[] ciphertext) {
        Objects.requireNonNull(ciphertext, "ciphertext");
        return primaryPrefix.length > 0 && ciphertext.length >= primaryPrefix.length
                && Arrays.equals(ciphertext, 0, primaryPrefix.length, primaryPrefix, 0, primaryPrefix.length);
    }

    private static KeysetHandle parse(String keysetJson) throws GeneralSecurityException {
        register();
        return TinkJsonProtoKeysetFormat.parseKeyset(Objects.requireNonNull(keysetJson, "keysetJson"),
                InsecureSecretKeyAccess.get());
    }

    private static IllegalArgumentException invalidKeyset() {
        return new IllegalArgumentException("The encryption keyset is not a valid Tink AEAD keyset in JSON");
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
