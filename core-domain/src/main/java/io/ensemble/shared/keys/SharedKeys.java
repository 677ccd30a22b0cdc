package io.ensemble.shared.keys;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Keys every node shares (issue 29 §1): a key not given in config is generated once by the first node and
 * kept in the database; a key given in config stays in config and the database keeps only its fingerprint,
 * so a node whose key disagrees with its peers' refuses to start instead of issuing tokens they reject or
 * encrypting with a key they lack.
 *
 * <p>Rules of {@link #resolve}: with no stored version, the configured key's fingerprint, or else the key of
 * the pre-upgrade file ({@code data/secrets/...}, so nothing made with it is lost) or a newly generated one,
 * is stored as version 1 with insert-if-absent and read back (two nodes starting at once agree). With a
 * stored version, the newest one wins: a configured key must have its fingerprint and the newest version must
 * not be a generated one; without a configured key, the newest version must be a generated one.
 */
public final class SharedKeys {
    private final SharedKeyRepository repository;
    private final Clock clock;

    /**
     * @param repository where the keys are kept
     * @param clock      source of the versions' creation times
     */
    public SharedKeys(SharedKeyRepository repository, Clock clock) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * What a node knows about one key.
     *
     * @param name        the key's name in the database, e.g. {@code jwt}
     * @param variable    the environment variable that configures it, e.g. {@code JWT_SECRET}
     * @param configured  the value given in config, when one is
     * @param fingerprint maps a key's text (configured or stored) to its non-secret fingerprint; throws
     *                    IllegalArgumentException when the text is not a valid key (its message never holds it)
     * @param legacy      reads the key a node of an earlier version generated into its data folder, if any
     * @param generate    makes a new key's text
     */
    public record Spec(String name, String variable, Optional<String> configured, UnaryOperator<String> fingerprint,
                       Supplier<Optional<String>> legacy, Supplier<String> generate) {
        /** @throws NullPointerException when a component is null */
        public Spec {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(variable, "variable");
            Objects.requireNonNull(configured, "configured");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(legacy, "legacy");
            Objects.requireNonNull(generate, "generate");
            configured = configured.filter(c -> !c.isBlank());
        }
    }

    /**
     * Decides the key this node uses, storing version 1 when none is stored yet.
     *
     * @param spec the key
     * @return the key's text every node uses: the configured value, or the generated one from the database
     * @throws SharedKeyMismatch when this node's configuration disagrees with the database
     */
    public String resolve(Spec spec) {
        List<StoredKey> versions = repository.versions(spec.name());
        if (versions.isEmpty()) {
            repository.insertIfAbsent(first(spec));
            versions = repository.versions(spec.name());
        }
        return check(spec, versions.get(versions.size() - 1));
    }

    /**
     * @param name the key's name
     * @return every stored version, oldest first
     */
    public List<StoredKey> versions(String name) {
        return repository.versions(name);
    }

    /**
     * Stores a new newest version of a key (a rotation) on top of {@code previous}.
     *
     * @param previous    the newest version the new key was derived from or replaces
     * @param fingerprint the new key's fingerprint
     * @param secret      the new key's text (generated keys only)
     * @return the stored version ({@code previous.version() + 1})
     * @throws IllegalStateException when another rotation stored that version first (run again)
     */
    public StoredKey addVersion(StoredKey previous, String fingerprint, Optional<String> secret) {
        StoredKey next = new StoredKey(previous.name(), previous.version() + 1, fingerprint, secret,
                clock.instant(), Optional.empty());
        if (!repository.insertIfAbsent(next)) {
            throw new IllegalStateException("Another rotation of the " + previous.name()
                    + " key ran at the same time; run the command again");
        }
        return next;
    }

    /** Marks the rotation to {@code key} as finished (its re-encryption is done). */
    public void markCompleted(StoredKey key) {
        repository.markCompleted(key.name(), key.version(), clock.instant());
    }

    private StoredKey first(Spec spec) {
        if (spec.configured().isPresent()) {
            return new StoredKey(spec.name(), 1, fingerprint(spec, spec.configured().get()), Optional.empty(),
                    clock.instant(), Optional.empty());
        }
        String secret = spec.legacy().get().orElseGet(spec.generate());
        return new StoredKey(spec.name(), 1, spec.fingerprint().apply(secret), Optional.of(secret), clock.instant(),
                Optional.empty());
    }

    private String check(Spec spec, StoredKey newest) {
        String variable = spec.variable();
        if (spec.configured().isPresent()) {
            String mine = fingerprint(spec, spec.configured().get());
            if (newest.secret().isPresent()) {
                throw new SharedKeyMismatch(variable, variable + " is set on this node (fingerprint " + mine
                        + "), but the other nodes use a key generated once and kept in the database (fingerprint "
                        + newest.fingerprint() + "). Unset " + variable + " on this node to use that key, or set "
                        + variable + " on every node after removing the stored key (shared_keys row '"
                        + spec.name() + "') while all nodes are stopped.");
            }
            if (!newest.fingerprint().equals(mine)) {
                throw new SharedKeyMismatch(variable, variable + " on this node (fingerprint " + mine
                        + ") differs from the " + variable + " the other nodes use (fingerprint "
                        + newest.fingerprint() + "). Set the same " + variable + " on every node; to change it on"
                        + " purpose, stop all nodes and remove the stored fingerprint (shared_keys row '"
                        + spec.name() + "') first.");
            }
            return spec.configured().get();
        }
        return newest.secret().orElseThrow(() -> new SharedKeyMismatch(variable, variable
                + " is not set on this node, but the other nodes use a configured " + variable + " (fingerprint "
                + newest.fingerprint() + "). Set the same " + variable + " on this node."));
    }

    private static String fingerprint(Spec spec, String configured) {
        try {
            return spec.fingerprint().apply(configured);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(spec.variable() + ": " + e.getMessage());
        }
    }
}
