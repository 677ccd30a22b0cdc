package io.ensemble.messaging;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A pinned message of a conversation (issue 27).
 *
 * @param pinnedBy the member who pinned it (empty once their account is gone)
 */
public record Pin(UUID conversationId, Message message, Optional<UUID> pinnedBy, Instant pinnedAt) {
    public Pin {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(pinnedBy, "pinnedBy");
        Objects.requireNonNull(pinnedAt, "pinnedAt");
    }
}
