package io.ensemble.web.messaging;

import io.ensemble.messaging.Message;
import java.time.Instant;
import java.util.List;

/**
 * A message in JSON (issue 4 §1): {@code {id, conversationId, senderId, type, content, attachments,
 * seq, clientMessageId, createdAt, editedAt, deleted}}; {@code content} is null for a tombstone,
 * {@code clientMessageId} and {@code editedAt} null when absent, {@code type} lower case.
 */
public record MessageView(String id, String conversationId, String senderId, String type, String content,
                          List<String> attachments, long seq, String clientMessageId, Instant createdAt,
                          Instant editedAt, boolean deleted) {

    /** @return the view of {@code m} */
    public static MessageView of(Message m) {
        return new MessageView(m.id().toString(), m.conversationId().toString(), m.senderId().toString(),
                m.type().wireName(), m.content().orElse(null), m.attachments(), m.seq(),
                m.clientMessageId().orElse(null), m.createdAt(), m.editedAt().orElse(null), m.deleted());
    }
}
