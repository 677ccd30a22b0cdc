package io.ensemble.marketplace;

import io.ensemble.messaging.Conversation;
import io.ensemble.messaging.ConversationRepository;
import io.ensemble.messaging.ConversationType;
import io.ensemble.messaging.Message;
import io.ensemble.messaging.MessageRepository;
import io.ensemble.messaging.MessageType;
import io.ensemble.messaging.MessagingService;
import io.ensemble.messaging.NewMessage;
import io.ensemble.shared.IdGenerator;
import io.ensemble.shared.Outbox;
import io.ensemble.shared.OutboxEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link OrderConversations} over the messaging context's ports: a GROUP conversation owned by the
 * brand, subject {@code ORDER}/order id, and SYSTEM messages appended with the next seq (DESIGN
 * §Patterns "Send a message in one round trip"). Joins the caller's transaction; each system message
 * also records a {@link MessagingService#MESSAGE_ANNOUNCED} outbox event in it, so the relay pushes
 * it live once the transition committed.
 */
public final class MessagingOrderConversations implements OrderConversations {
    /** The {@code subjectType} of order conversations. */
    public static final String SUBJECT_TYPE = "ORDER";

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final Outbox outbox;
    private final IdGenerator ids;

    /** Wires the messaging ports and the outbox the live push goes through. */
    public MessagingOrderConversations(ConversationRepository conversations, MessageRepository messages,
                                       Outbox outbox, IdGenerator ids) {
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    @Override
    public UUID openFor(UUID orderId, UUID brandId, UUID creatorId, String title, Instant at) {
        String name = title.length() > 100 ? title.substring(0, 100) : title;
        Conversation group = new Conversation(ids.newId(), ConversationType.GROUP, Optional.of(name),
                Optional.of(brandId), Optional.of(SUBJECT_TYPE), Optional.of(orderId), 0, at, at);
        conversations.createGroup(group);
        conversations.addMember(group.id(), brandId, at);
        conversations.addMember(group.id(), creatorId, at);
        return group.id();
    }

    @Override
    public void postSystemMessage(UUID conversationId, UUID senderId, String text, Instant at) {
        Message stored = messages.append(new NewMessage(ids.newId(), conversationId, senderId, MessageType.SYSTEM,
                text, List.of(), Optional.empty(), at)).orElseThrow(() -> new IllegalStateException(
                "order conversation " + conversationId + " lost its member " + senderId));
        outbox.append(new OutboxEvent(ids.newId(), MessagingService.MESSAGE_ANNOUNCED, senderId,
                "{\"conversationId\":\"" + conversationId + "\",\"messageId\":\"" + stored.id() + "\"}", at));
    }
}
