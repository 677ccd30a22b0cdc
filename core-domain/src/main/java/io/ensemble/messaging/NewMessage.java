package io.ensemble.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A message to append: everything but its {@code seq}, which the store assigns (DESIGN §Patterns). */
public record NewMessage(UUID id, UUID conversationId, UUID senderId, MessageType type, String content,
                         List<String> attachments, Optional<String> clientMessageId, Instant createdAt) {
    public NewMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(content, "content");
        attachments = List.copyOf(attachments);
        Objects.requireNonNull(clientMessageId, "clientMessageId");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
