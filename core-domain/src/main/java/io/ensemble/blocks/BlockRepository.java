package io.ensemble.blocks;

import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Persistence port of blocks: one row per (blocker, blocked). */
public interface BlockRepository {
    /**
     * Stores the block unless it exists.
     *
     * @return the block as stored (the earlier one when it already existed)
     */
    Block block(UUID blocker, UUID blocked, Instant at);

    /** @return false when {@code blocker} had not blocked {@code blocked} */
    boolean unblock(UUID blocker, UUID blocked);

    /** The users {@code blocker} blocked, newest first; the cursor is a {@link io.ensemble.shared.paging.Cursor}. */
    Page<Block> list(UUID blocker, PageRequest page);

    /** @return the user's display name when the user exists and is not erased */
    Optional<String> knownUser(UUID userId);
}
