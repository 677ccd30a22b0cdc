package io.ensemble.shared.keys;

import java.time.Instant;
import java.util.List;

/** Port: the keys every node shares, kept in the database (issue 29 §1). */
public interface SharedKeyRepository {

    /**
     * @param name the key's name
     * @return every stored version of the key, oldest (version 1) first; empty when none is stored yet
     */
    List<StoredKey> versions(String name);

    /**
     * Stores {@code key} unless a version with the same name and number already exists (insert-if-absent,
     * so two nodes storing version 1 at once end up with one of them; both then read it back).
     *
     * @param key the version to store
     * @return whether this call stored it
     */
    boolean insertIfAbsent(StoredKey key);

    /**
     * Marks the work of a rotation (re-encryption) of version {@code version} of {@code name} as finished.
     *
     * @param at when it finished
     */
    void markCompleted(String name, int version, Instant at);
}
