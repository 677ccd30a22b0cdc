package io.ensemble.messaging;

import java.util.Objects;
import java.util.UUID;

/**
 * A reaction added or removed, as {@code reaction_added} / {@code reaction_removed} carry it (issue 27).
 *
 * @param count users who react with {@code emoji} on the message after the change (0 when the last left)
 */
public record Reaction(UUID messageId, UUID conversationId, UUID userId, String emoji, long count) {
    public Reaction {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(emoji, "emoji");
    }
}
