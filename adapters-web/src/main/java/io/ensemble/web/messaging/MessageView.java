package io.ensemble.web.messaging;

import io.ensemble.events.EventReference;
import io.ensemble.messaging.Message;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A message in JSON (issue 4 §1): {@code {id, conversationId, senderId, type, content, attachments,
 * seq, clientMessageId, createdAt, editedAt, deleted, event}}; {@code content} is null for a tombstone,
 * {@code clientMessageId} and {@code editedAt} null when absent, {@code type} lower case; {@code event}
 * is the invited event of an {@code event_invite} (issue 21 §2), null otherwise.
 */
public record MessageView(String id, String conversationId, String senderId, String type, String content,
                          List<String> attachments, long seq, String clientMessageId, Instant createdAt,
                          Instant editedAt, boolean deleted, EventRef event) {

    /** The invited event of an {@code event_invite}: {@code {id, title, startsAt}}. */
    public record EventRef(String id, String title, Instant startsAt) {
        /** @return the view of {@code r} */
        public static EventRef of(EventReference r) {
            return new EventRef(r.id().toString(), r.title(), r.startsAt());
        }
    }

    /** @return the view of {@code m} without an event reference (see {@link EventInvites#view}) */
    public static MessageView of(Message m) {
        return of(m, Optional.empty());
    }

    /** @return the view of {@code m} with {@code event}, the invited event of an {@code event_invite} */
    public static MessageView of(Message m, Optional<EventReference> event) {
        return new MessageView(m.id().toString(), m.conversationId().toString(), m.senderId().toString(),
                m.type().wireName(), m.content().orElse(null), m.attachments(), m.seq(),
                m.clientMessageId().orElse(null), m.createdAt(), m.editedAt().orElse(null), m.deleted(),
                event.map(EventRef::of).orElse(null));
    }
}
