package io.ensemble.web.messaging;

import io.ensemble.events.EventReference;
import io.ensemble.messaging.Message;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A message in JSON (issue 4 §1): {@code {id, conversationId, senderId, type, content, attachments,
 * seq, clientMessageId, createdAt, editedAt, deleted, event, replyToId, reactions}}; {@code content} is null
 * for a tombstone, {@code clientMessageId} and {@code editedAt} null when absent, {@code type} lower case;
 * {@code event} is the invited event of an {@code event_invite} (issue 21 §2), null otherwise;
 * {@code replyToId} the message it replies to (issue 27), null otherwise; {@code reactions} each emoji's
 * count and whether the viewer reacted, most used first, filled in message lists (history, threads, pins)
 * and empty elsewhere (send answers, socket events).
 */
public record MessageView(String id, String conversationId, String senderId, String type, String content,
                          List<String> attachments, long seq, String clientMessageId, Instant createdAt,
                          Instant editedAt, boolean deleted, EventRef event, String replyToId,
                          List<ReactionView> reactions) {

    /** One emoji's reactions: {@code {emoji, count, me}}; {@code me} whether the viewer reacted with it. */
    public record ReactionView(String emoji, long count, boolean me) {
        /** @return the view of {@code r} */
        public static ReactionView of(io.ensemble.messaging.ReactionCount r) {
            return new ReactionView(r.emoji(), r.count(), r.mine());
        }
    }

    /** @return this view with {@code counts} as its reactions */
    public MessageView withReactions(List<io.ensemble.messaging.ReactionCount> counts) {
        return new MessageView(id, conversationId, senderId, type, content, attachments, seq, clientMessageId,
                createdAt, editedAt, deleted, event, replyToId, counts.stream().map(ReactionView::of).toList());
    }

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
                event.map(EventRef::of).orElse(null), m.replyToId().map(Object::toString).orElse(null), List.of());
    }
}
