package io.ensemble.messaging;

import io.ensemble.identity.Caller;
import java.util.Objects;
import java.util.UUID;

/** Looks up a message for a member of its conversation; anyone else gets {@code NotFound} (ids don't leak). */
final class MemberMessages {
    private final ConversationRepository conversations;
    private final MessageRepository messages;

    MemberMessages(ConversationRepository conversations, MessageRepository messages) {
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** @throws io.ensemble.shared.errors.NotFound unless the message exists and the caller is a member of its conversation */
    Message visible(Caller caller, UUID messageId) {
        Message message = messages.findById(messageId).orElseThrow(ChatRules::messageNotFound);
        if (conversations.findForMember(message.conversationId(), caller.userId()).isEmpty()) {
            throw ChatRules.messageNotFound();
        }
        return message;
    }

    /** @throws io.ensemble.shared.errors.NotFound unless the caller is a member of the conversation */
    Conversation conversation(Caller caller, UUID conversationId) {
        return conversations.findForMember(conversationId, caller.userId()).orElseThrow(ChatRules::conversationNotFound);
    }
}
