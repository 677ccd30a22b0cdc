package io.ensemble.support;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Port to the messaging context (issue 23 §3): a ticket's thread is a conversation about the ticket,
 * so attachments, read receipts and live delivery are messaging's. Calls join the caller's transaction.
 */
public interface TicketConversations {
    /** Opens the ticket's conversation with the requester as its owner and only member. @return its id */
    UUID openFor(UUID ticketId, UUID requesterId, String subject, Instant at);

    /** Makes {@code agentIn} a member instead of {@code agentOut} (when present and different). */
    void swapAgent(UUID conversationId, Optional<UUID> agentOut, UUID agentIn, Instant at);
}
