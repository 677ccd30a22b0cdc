package io.ensemble.integrations.crypto;

import io.ensemble.shared.keys.SecretCipher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link TinkSecretCipher} over the keyset every node shares (issue 29 §1), kept current while the node
 * runs: the keyset is read again every {@code reloadEvery} (so a rotation's new primary key is used for new
 * ciphertexts) and at once when a ciphertext does not decrypt with the cached keyset (so a row another node
 * re-encrypted under a newer key still decrypts here).
 */
public final class ReloadingSecretCipher implements SecretCipher {
    private static final Logger LOG = LoggerFactory.getLogger(ReloadingSecretCipher.class);

    private final Supplier<String> keysetSource;
    private final Clock clock;
    private final Duration reloadEvery;
    private volatile Loaded loaded;

    private record Loaded(String keysetJson, TinkSecretCipher cipher, Instant at) {
    }

    /**
     * Reads the keyset once, now.
     *
     * @param keysetSource reads the current keyset (cleartext Tink JSON), e.g. from the database
     * @param clock        decides when the cached keyset is stale
     * @param reloadEvery  how long a read keyset is used before it is read again
     * @throws IllegalArgumentException when the source's text is not a Tink AEAD keyset
     */
    public ReloadingSecretCipher(Supplier<String> keysetSource, Clock clock, Duration reloadEvery) {
        this.keysetSource = Objects.requireNonNull(keysetSource, "keysetSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.reloadEvery = Objects.requireNonNull(reloadEvery, "reloadEvery");
        this.loaded = load(keysetSource.get());
    }

    @Override
    public byte[] encrypt(String plaintext, String associatedData) {
        return current().cipher().encrypt(plaintext, associatedData);
    }

    /**
     * Decrypts with the cached keyset, or, when that fails, with the keyset read again (when it changed).
     *
     * @throws DecryptionFailed when neither decrypts it
     */
    @Override
    public String decrypt(byte[] ciphertext, String associatedData) {
        Loaded used = current();
        try {
            return used.cipher().decrypt(ciphertext, associatedData);
        } catch (DecryptionFailed e) {
            Loaded fresh;
            try {
                fresh = reload(used);
            } catch (RuntimeException readFailed) {
                throw e;
            }
            if (fresh.keysetJson().equals(used.keysetJson())) {
                throw e;
            }
            return fresh.cipher().decrypt(ciphertext, associatedData);
        }
    }

    private Loaded current() {
        Loaded used = loaded;
        if (clock.instant().isBefore(used.at().plus(reloadEvery))) {
            return used;
        }
        try {
            return reload(used);
        } catch (RuntimeException e) {
            LOG.warn("Could not read the shared encryption keyset again; keeping the one in use: {}", e.toString());
            Loaded kept = new Loaded(used.keysetJson(), used.cipher(), clock.instant());
            loaded = kept;
            return kept;
        }
    }

    private synchronized Loaded reload(Loaded seen) {
        if (loaded != seen) {
            return loaded; // another thread reloaded meanwhile
        }
        String json = keysetSource.get();
        Loaded fresh = json.equals(seen.keysetJson()) ? new Loaded(json, seen.cipher(), clock.instant()) : load(json);
        loaded = fresh;
        return fresh;
    }

    private Loaded load(String json) {
        return new Loaded(json, TinkSecretCipher.fromKeysetJson(json), clock.instant());
    }
}
