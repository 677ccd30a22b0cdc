package io.ensemble.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A stored message (issue 4 §1). A deleted message is a tombstone: {@code deleted} true,
 * {@code content} empty and no attachments.
 *
 * @param content the text (empty only for tombstones)
 * @param attachments media ids, possibly empty
 * @param seq per-conversation sequence number, 1, 2, 3… without gaps
 * @param clientMessageId the sender's idempotency id, when sent
 * @param editedAt when the sender last edited it
 * @param replyToId the message of the same conversation this one replies to (issue 27, a thread), if any
 */
public record Message(UUID id, UUID conversationId, UUID senderId, MessageType type, Optional<String> content,
                      List<String> attachments, long seq, Optional<String> clientMessageId, Instant createdAt,
                      Optional<Instant> editedAt, boolean deleted, Optional<UUID> replyToId) {
    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(content, "content");
        attachments = List.copyOf(attachments);
        Objects.requireNonNull(clientMessageId, "clientMessageId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(editedAt, "editedAt");
        replyToId = replyToId == null ? Optional.empty() : replyToId;
    }

    /** A message that replies to none. */
    public Message(UUID id, UUID conversationId, UUID senderId, MessageType type, Optional<String> content,
                   List<String> attachments, long seq, Optional<String> clientMessageId, Instant createdAt,
                   Optional<Instant> editedAt, boolean deleted) {
        this(id, conversationId, senderId, type, content, attachments, seq, clientMessageId, createdAt, editedAt,
                deleted, Optional.empty());
    }
}
