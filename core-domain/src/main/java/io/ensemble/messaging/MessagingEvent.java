package io.ensemble.messaging;

import io.ensemble.shared.outbox.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** Events of the messaging context, written to the outbox with the message they are about. */
public sealed interface MessagingEvent extends DomainEvent {
    /**
     * A member's message was stored; recorded once per other member not watching the conversation
     * on the sending node (recipient = that member), so the notifications context can tell offline
     * members (issue 5 §4).
     */
    record MessageStored(UUID conversationId, UUID messageId, UUID senderId) implements MessagingEvent {
        public MessageStored {
            Objects.requireNonNull(conversationId, "conversationId");
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(senderId, "senderId");
        }

        /** @return the event of a message about to be stored */
        public static MessageStored of(NewMessage m) {
            return new MessageStored(m.conversationId(), m.id(), m.senderId());
        }
    }

    /**
     * A member's message was stored: recorded once per message (no recipient) in the statement that stores
     * it, for the integrator feed's {@code message.sent} (issue 26 §1). Metadata only, never the content.
     */
    record MessageSent(UUID messageId, UUID conversationId, UUID senderId, String type, java.time.Instant sentAt)
            implements MessagingEvent {
        public MessageSent {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(conversationId, "conversationId");
            Objects.requireNonNull(senderId, "senderId");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(sentAt, "sentAt");
        }

        /** @return the event of a message about to be stored */
        public static MessageSent of(NewMessage m) {
            return new MessageSent(m.id(), m.conversationId(), m.senderId(), m.type().name(), m.createdAt());
        }
    }

    /**
     * A message was stored inside another context's transaction (an order's system message), so it
     * is pushed live after that commit ({@link MessageSending#announce(UUID)}); recipient = the
     * message's sender.
     */
    record MessageAnnounced(UUID conversationId, UUID messageId) implements MessagingEvent {
        public MessageAnnounced {
            Objects.requireNonNull(conversationId, "conversationId");
            Objects.requireNonNull(messageId, "messageId");
        }
    }

    /**
     * An admin removed a message (issue 20 §3 {@code remove_content}): it is a tombstone now, pushed
     * live as {@code message_deleted} after the moderation's commit ({@link MessageSending#announce(UUID)}
     * publishes a tombstone so); recipient = the message's sender.
     */
    record MessageRemoved(UUID conversationId, UUID messageId) implements MessagingEvent {
        public MessageRemoved {
            Objects.requireNonNull(conversationId, "conversationId");
            Objects.requireNonNull(messageId, "messageId");
        }
    }

    /**
     * A member was mentioned in a GROUP message (issue 27): recorded by the send statement once per
     * mentioned member (recipient = that member), even when they muted the conversation, so the
     * notifications context tells them.
     */
    record Mentioned(UUID conversationId, UUID messageId, UUID senderId) implements MessagingEvent {
        public Mentioned {
            Objects.requireNonNull(conversationId, "conversationId");
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(senderId, "senderId");
        }

        /** @return the event of a message about to be stored */
        public static Mentioned of(NewMessage m) {
            return new Mentioned(m.conversationId(), m.id(), m.senderId());
        }
    }
}
