package io.ensemble.messaging;

import java.util.Objects;
import java.util.UUID;

/** A member's read position after a read receipt: {@code lastReadSeq} and the resulting unread count. */
public record ReadReceipt(UUID conversationId, UUID userId, long lastReadSeq, long unreadCount) {
    public ReadReceipt {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(userId, "userId");
    }
}
