package io.ensemble.shared.keys;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a key every node shares (issue 29 §1), as kept in the database.
 *
 * @param name        the key's name, e.g. {@code jwt}, {@code encryption-keyset}
 * @param version     1 for the first key, one more for each rotation
 * @param fingerprint a short non-secret digest of the key (safe to log and show in errors); for the JWT key
 *                    it is also the {@code kid}
 * @param secret      the key's text (base64, or a Tink keyset in JSON) when it was generated; empty when the
 *                    key is given in each node's config, whose value is never written to the database
 * @param createdAt   when this version was stored
 * @param completedAt when the work a rotation needs (re-encrypting stored rows) finished, if it did
 */
public record StoredKey(String name, int version, String fingerprint, Optional<String> secret, Instant createdAt,
                        Optional<Instant> completedAt) {
    /** @throws NullPointerException when a component is null; IllegalArgumentException when version < 1 */
    public StoredKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(completedAt, "completedAt");
        if (version < 1) {
            throw new IllegalArgumentException("version must be positive");
        }
    }

    /** @return a description without the secret */
    @Override
    public String toString() {
        return "StoredKey[name=" + name + ", version=" + version + ", fingerprint=" + fingerprint
                + ", generated=" + secret.isPresent() + ", createdAt=" + createdAt + "]";
    }
}
