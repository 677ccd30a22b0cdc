package io.ensemble.web.blocks;

import io.ensemble.blocks.Block;
import java.time.Instant;

/** A block in JSON (issue 27): {@code {userId, name, blockedAt}}. */
public record BlockView(String userId, String name, Instant blockedAt) {
    /** @return the view of {@code b} */
    public static BlockView of(Block b) {
        return new BlockView(b.userId().toString(), b.name(), b.blockedAt());
    }
}
