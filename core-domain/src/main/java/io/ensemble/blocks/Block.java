package io.ensemble.blocks;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A user the caller blocked (issue 27 §Blocking).
 *
 * @param userId the blocked user
 * @param name their display name (empty when they have none)
 * @param blockedAt when the block was made
 */
public record Block(UUID userId, String name, Instant blockedAt) {
    /** @throws NullPointerException when a component is null */
    public Block {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(blockedAt, "blockedAt");
    }
}
