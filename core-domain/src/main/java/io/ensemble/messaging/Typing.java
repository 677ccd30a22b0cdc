package io.ensemble.messaging;

import java.util.Objects;
import java.util.UUID;

/**
 * Payload of {@code user_typing} / {@code user_stopped_typing} (seeds/001 §Socket Events, seed 000
 * {@code typing}): {@code userId} is typing (or stopped) in {@code conversationId}.
 */
public record Typing(UUID conversationId, UUID userId, boolean isTyping) {
    public Typing {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(userId, "userId");
    }
}
