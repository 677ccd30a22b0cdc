package io.ensemble.web.compat.sioree;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.ensemble.events.EventReference;
import io.ensemble.messaging.ConversationSummary;
import io.ensemble.messaging.Message;
import io.ensemble.messaging.MessageType;
import io.ensemble.messaging.Participant;
import io.ensemble.web.messaging.MessageView.EventRef;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Request and answer bodies of seeds/000 §Messaging Endpoints and its socket events, as the app writes them. */
public final class SioreeChatBodies {
    private SioreeChatBodies() {
    }

    /**
     * {@code POST /api/messages} and the socket's {@code send_message}: {@code conversationId} is optional
     * when {@code receiverId} names the other person; {@code messageType} is {@code text} (default),
     * {@code image} or {@code event_invite} (then {@code eventId} names the invited event).
     */
    public record SendBody(String conversationId, String receiverId, String text, String messageType, String eventId) {
        static final SendBody EMPTY = new SendBody(null, null, null, null, null);
    }

    /** {@code POST /api/messages/conversation}: the other person. */
    public record OpenBody(String userId) {
        static final OpenBody EMPTY = new OpenBody(null);
    }

    /**
     * A message: {@code {id, conversationId, senderId, receiverId, text, timestamp, isRead, messageType}},
     * plus {@code eventId} and {@code event {id, title, startsAt}} for an {@code event_invite} (issue 21 §2).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MessageBody(String id, String conversationId, String senderId, String receiverId, String text,
                              Instant timestamp, @JsonProperty("isRead") boolean isRead, String messageType,
                              String eventId, EventRef event) {
        /**
         * @param receiverId the other member; @param isRead whether the receiver has read it
         * @param event the invited event of an {@code event_invite}, empty otherwise
         */
        static MessageBody of(Message m, UUID receiverId, boolean isRead, Optional<EventReference> event) {
            String eventId = m.type() == MessageType.EVENT_INVITE && !m.attachments().isEmpty()
                    ? m.attachments().get(0) : null;
            return new MessageBody(m.id().toString(), m.conversationId().toString(), m.senderId().toString(),
                    receiverId == null ? null : receiverId.toString(), m.content().orElse(""), m.createdAt(), isRead,
                    m.type().wireName(), eventId, event.map(EventRef::of).orElse(null));
        }
    }

    /** {@code GET /api/messages/:conversationId}: {@code {messages, hasMore}}. */
    public record MessagesPage(List<MessageBody> messages, boolean hasMore) {
    }

    /**
     * A conversation: {@code {id, participantId, participantName, participantAvatar, lastMessage,
     * lastMessageTime, unreadCount, isActive}}.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ConversationBody(String id, String participantId, String participantName, String participantAvatar,
                                   String lastMessage, Instant lastMessageTime, long unreadCount,
                                   @JsonProperty("isActive") boolean isActive) {
        /** @param avatar the other member's picture URL, empty when none */
        static ConversationBody of(ConversationSummary s, UUID viewer, Optional<String> avatar) {
            Optional<Participant> other = other(s, viewer);
            return new ConversationBody(s.conversation().id().toString(),
                    other.map(p -> p.userId().toString()).orElse(null), other.map(Participant::name).orElse(null),
                    avatar.orElse(null), s.lastMessage().flatMap(Message::content).orElse(""),
                    s.lastMessage().map(Message::createdAt).orElse(s.conversation().updatedAt()), s.unreadCount(),
                    true);
        }
    }

    /** {@code GET /api/messages/conversations}: {@code {conversations, total, page, limit}}. */
    public record ConversationsPage(List<ConversationBody> conversations, long total, int page, int limit) {
    }

    /** @return the first member of the conversation who is not {@code viewer} */
    static Optional<Participant> other(ConversationSummary s, UUID viewer) {
        return s.members().stream().filter(p -> !p.userId().equals(viewer)).findFirst();
    }
}
