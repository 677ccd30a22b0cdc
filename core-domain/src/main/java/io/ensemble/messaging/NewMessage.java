package io.ensemble.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A message to append: everything but its {@code seq}, which the store assigns (DESIGN §Patterns).
 *
 * @param replyToId the message it replies to (issue 27); the store refuses one of another conversation
 * @param mentions members to notify even when they muted the conversation (GROUP conversations only)
 */
public record NewMessage(UUID id, UUID conversationId, UUID senderId, MessageType type, String content,
                         List<String> attachments, Optional<String> clientMessageId, Instant createdAt,
                         Optional<UUID> replyToId, List<UUID> mentions) {
    public NewMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(content, "content");
        attachments = List.copyOf(attachments);
        Objects.requireNonNull(clientMessageId, "clientMessageId");
        Objects.requireNonNull(createdAt, "createdAt");
        replyToId = replyToId == null ? Optional.empty() : replyToId;
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** A message that replies to none and mentions nobody. */
    public NewMessage(UUID id, UUID conversationId, UUID senderId, MessageType type, String content,
                      List<String> attachments, Optional<String> clientMessageId, Instant createdAt) {
        this(id, conversationId, senderId, type, content, attachments, clientMessageId, createdAt, Optional.empty(),
                List.of());
    }
}
