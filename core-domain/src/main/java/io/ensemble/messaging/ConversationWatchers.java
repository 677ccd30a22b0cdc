package io.ensemble.messaging;

import java.util.Set;
import java.util.UUID;

/**
 * Who receives a conversation's messages live on this node: users with a realtime connection
 * joined to {@code conversation:{id}} (answered by the socket gateway). A send records no
 * offline-notification outbox event for them (issue 4 §3, issue 5 §4), which keeps the hot path of
 * chat to one insert per message when both sides watch the conversation.
 */
@FunctionalInterface
public interface ConversationWatchers {
    /** Nobody watches (no realtime gateway on this node): every recipient gets an outbox event. */
    ConversationWatchers NONE = conversationId -> Set.of();

    /** @return the ids of users watching the conversation on this node, possibly empty; never null */
    Set<UUID> watching(UUID conversationId);
}
