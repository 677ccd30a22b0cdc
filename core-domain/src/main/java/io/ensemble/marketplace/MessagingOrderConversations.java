package io.ensemble.marketplace;

import io.ensemble.messaging.SystemMessages;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * {@link OrderConversations} over the messaging context's {@link SystemMessages} use case: a GROUP
 * conversation owned by the brand, subject {@code ORDER}/order id, and SYSTEM messages posted in the
 * caller's transaction (pushed live by the outbox relay once the transition committed).
 */
public final class MessagingOrderConversations implements OrderConversations {
    /** The {@code subjectType} of order conversations. */
    public static final String SUBJECT_TYPE = "ORDER";

    private final SystemMessages messaging;

    /** @param messaging messaging's use cases for other contexts */
    public MessagingOrderConversations(SystemMessages messaging) {
        this.messaging = Objects.requireNonNull(messaging, "messaging");
    }

    @Override
    public UUID openFor(UUID orderId, UUID brandId, UUID creatorId, String title, Instant at) {
        return messaging.openSubjectConversation(title, brandId, List.of(creatorId), SUBJECT_TYPE, orderId, at);
    }

    @Override
    public void postSystemMessage(UUID conversationId, UUID senderId, String text, Instant at) {
        messaging.postSystemMessage(conversationId, senderId, text, at);
    }
}
