package io.ensemble.app.keys;

import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.integrations.crypto.JwtAccessTokens;
import io.ensemble.integrations.crypto.JwtKeyRing;
import io.ensemble.integrations.crypto.ReloadingSecretCipher;
import io.ensemble.integrations.crypto.SecretFiles;
import io.ensemble.integrations.crypto.TinkSecretCipher;
import io.ensemble.shared.keys.SecretCipher;
import io.ensemble.shared.keys.SharedKeyRepository;
import io.ensemble.shared.keys.SharedKeys;
import io.ensemble.shared.keys.StoredKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The four keys every node shares (issue 29 §1): {@code JWT_SECRET}, {@code TOKEN_HASH_SECRET},
 * {@code MEDIA_SIGNING_SECRET} and {@code ENCRYPTION_KEYSET}. Given values win; blank ones are generated once
 * by the first node and kept in the database ({@link SharedKeys}); a key a node of an earlier version
 * generated under {@code <dataDirectory>/secrets/} is adopted on upgrade. All four are resolved when this is
 * built, so a node whose keys disagree with the database refuses to start ({@link
 * io.ensemble.shared.keys.SharedKeyMismatch}) before it serves anything.
 */
public final class NodeKeys {
    public static final String JWT = "jwt";
    public static final String TOKEN_HASH = "token-hash";
    public static final String MEDIA_SIGNING = "media-url";
    public static final String ENCRYPTION_KEYSET = "encryption-keyset";
    /** How often a running node reads the JWT ring and the keyset again, so a rotation needs no restart. */
    public static final Duration RELOAD_EVERY = Duration.ofSeconds(30);
    /** Least time between two reads of the JWT ring caused by a token with an unknown kid. */
    public static final Duration UNKNOWN_KID_GAP = Duration.ofSeconds(2);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int KEY_BYTES = 32;

    private final SharedKeys keys;
    private final EnsembleConfiguration config;
    private final Clock clock;
    private final String tokenHashKey;
    private final String mediaSigningKey;

    private NodeKeys(SharedKeys keys, EnsembleConfiguration config, Clock clock) {
        this.keys = keys;
        this.config = config;
        this.clock = clock;
        keys.resolve(jwtSpec());
        this.tokenHashKey = keys.resolve(byteKey(TOKEN_HASH, "TOKEN_HASH_SECRET",
                config.getAuth().configuredTokenHashSecret(), "secrets/token-hash.key"));
        this.mediaSigningKey = keys.resolve(byteKey(MEDIA_SIGNING, "MEDIA_SIGNING_SECRET",
                config.getMedia().configuredSigningSecret(), "secrets/media-url.key"));
        keys.resolve(keysetSpec());
    }

    /**
     * Resolves every shared key (the database must be migrated).
     *
     * @param stored where the generated keys are kept (the {@code shared_keys} table)
     * @param config this node's configuration
     * @param clock  the application clock
     * @return the keys
     * @throws io.ensemble.shared.keys.SharedKeyMismatch when a configured key disagrees with the database
     * @throws IllegalArgumentException when a configured key is malformed (the message never holds it)
     */
    public static NodeKeys resolve(SharedKeyRepository stored, EnsembleConfiguration config, Clock clock) {
        return new NodeKeys(new SharedKeys(stored, clock), config, clock);
    }

    /** @return the shared-key use cases (for the rotation commands) */
    public SharedKeys sharedKeys() {
        return keys;
    }

    /** @return the access tokens: a fixed configured key, or the ring kept in the database (reloaded) */
    public JwtAccessTokens accessTokens() {
        var auth = config.getAuth();
        JwtKeyRing ring = auth.configuredJwtSecret()
                .map(s -> JwtKeyRing.fixed(SecretFiles.decode(s), clock))
                .orElseGet(() -> new JwtKeyRing(this::jwtRing, auth.accessTokenTtl(), clock, RELOAD_EVERY,
                        UNKNOWN_KID_GAP));
        return new JwtAccessTokens(ring, auth.getIssuer(), auth.getAudience(), auth.accessTokenTtl(), clock);
    }

    /** @return the HMAC key of OTP and refresh-token hashes */
    public byte[] tokenHashKey() {
        return SecretFiles.decode(tokenHashKey);
    }

    /** @return the HMAC key of signed media URLs */
    public byte[] mediaSigningKey() {
        return SecretFiles.decode(mediaSigningKey);
    }

    /** @return the provider-token cipher: the configured keyset, or the one in the database (reloaded) */
    public SecretCipher cipher() {
        return config.getCrypto().configuredKeyset().<SecretCipher>map(TinkSecretCipher::fromKeysetJson)
                .orElseGet(() -> new ReloadingSecretCipher(this::currentKeyset, clock, RELOAD_EVERY));
    }

    /** @return the keyset every node uses now (checked against this node's config) */
    public String currentKeyset() {
        return keys.resolve(keysetSpec());
    }

    /** @return the generated JWT keys kept in the database, oldest first (checked against this node's config) */
    public List<JwtKeyRing.Key> jwtRing() {
        keys.resolve(jwtSpec());
        return keys.versions(JWT).stream().filter(k -> k.secret().isPresent())
                .map(k -> new JwtKeyRing.Key(k.fingerprint(), SecretFiles.decode(k.secret().get()), k.createdAt()))
                .toList();
    }

    /** @return the JWT key's spec: kid-style fingerprint, file {@code secrets/jwt.key} before issue 29 */
    public SharedKeys.Spec jwtSpec() {
        return new SharedKeys.Spec(JWT, "JWT_SECRET", config.getAuth().configuredJwtSecret(),
                text -> JwtAccessTokens.keyId(SecretFiles.decode(text)),
                () -> legacy("secrets/jwt.key"), NodeKeys::newByteKey);
    }

    /** @return the keyset's spec: Tink fingerprint, file {@code secrets/token-encryption.keyset.json} before */
    public SharedKeys.Spec keysetSpec() {
        return new SharedKeys.Spec(ENCRYPTION_KEYSET, "ENCRYPTION_KEYSET", config.getCrypto().configuredKeyset(),
                TinkSecretCipher::fingerprint, () -> legacy("secrets/token-encryption.keyset.json"),
                TinkSecretCipher::newKeysetJson);
    }

    /** @return a new random 32-byte key, base64 */
    public static String newByteKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** @return the newest stored version of {@code name} */
    public StoredKey newest(String name) {
        List<StoredKey> versions = keys.versions(name);
        return versions.get(versions.size() - 1);
    }

    private SharedKeys.Spec byteKey(String name, String variable, Optional<String> configured, String file) {
        return new SharedKeys.Spec(name, variable, configured, text -> labelled(name, SecretFiles.decode(text)),
                () -> legacy(file), NodeKeys::newByteKey);
    }

    private Optional<String> legacy(String relative) {
        Path file = config.dataDirectory().resolve(relative);
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).trim())
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key file " + file, e);
        }
    }

    /** Fingerprint of a byte key: 16 hex characters of the SHA-256 of a label, the key's name and the key. */
    private static String labelled(String name, byte[] key) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(("ensemble key fingerprint v1:" + name + ":").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(key)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JRE", e);
        }
    }
}
