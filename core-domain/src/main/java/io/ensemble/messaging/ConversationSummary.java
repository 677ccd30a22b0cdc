package io.ensemble.messaging;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A conversation as one member sees it in their list (seeds/001 §Chat {@code GET /conversations}).
 *
 * @param unreadCount messages after the member's {@code lastReadSeq} not sent by them and not deleted
 */
public record ConversationSummary(Conversation conversation, List<Participant> members,
                                  Optional<Message> lastMessage, long unreadCount) {
    public ConversationSummary {
        Objects.requireNonNull(conversation, "conversation");
        members = List.copyOf(members);
        Objects.requireNonNull(lastMessage, "lastMessage");
    }
}
