package io.ensemble.messaging;

import java.util.Objects;

/**
 * One emoji's reactions on a message as a viewer sees them (issue 27).
 *
 * @param count users who reacted with it (≥ 1)
 * @param mine whether the viewer is one of them
 */
public record ReactionCount(String emoji, long count, boolean mine) {
    public ReactionCount {
        Objects.requireNonNull(emoji, "emoji");
    }
}
