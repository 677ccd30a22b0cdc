package io.ensemble.marketplace;

import java.time.Instant;
import java.util.UUID;

/**
 * What orders need from messaging (issue 8 §2): a conversation per order and system messages in it.
 * Calls join the caller's transaction.
 */
public interface OrderConversations {
    /**
     * Creates the order's GROUP conversation (subject type {@code ORDER}, subject id the order id)
     * with the brand (owner) and the creator as members.
     *
     * @return the conversation id
     */
    UUID openFor(UUID orderId, UUID brandId, UUID creatorId, String title, Instant at);

    /**
     * Appends a system message to the conversation.
     *
     * @param senderId a member the message is attributed to (the acting party, or the brand when an
     *     admin or the system acted)
     */
    void postSystemMessage(UUID conversationId, UUID senderId, String text, Instant at);
}
