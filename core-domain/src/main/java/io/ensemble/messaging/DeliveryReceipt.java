package io.ensemble.messaging;

import java.util.Objects;
import java.util.UUID;

/**
 * A member's delivery position (issue 27 §Delivery): every message up to {@code deliveredSeq}
 * reached one of their devices. The payload of {@code message_delivered}.
 */
public record DeliveryReceipt(UUID conversationId, UUID userId, long deliveredSeq) {
    /** @throws NullPointerException when an id is null */
    public DeliveryReceipt {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(userId, "userId");
    }
}
