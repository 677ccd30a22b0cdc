package io.ensemble.messaging;

import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.outbox.Outbox;
import io.ensemble.shared.outbox.OutboxEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Messaging's use cases for other contexts (marketplace orders today; events, support and agency
 * next): a GROUP conversation about a subject of theirs, and SYSTEM messages posted into it inside
 * their transaction. A posted message takes the next seq through the same store statement as a
 * member's send (DESIGN §Patterns "Send a message in one round trip") and records a
 * {@link MessagingEvent.MessageAnnounced} outbox event in the same transaction, so the relay pushes
 * it live once the caller's change committed. Every call joins the caller's transaction.
 */
public final class SystemMessages {
    /** Longest conversation name kept, in characters (longer subjects are cut). */
    public static final int NAME_MAX = 100;

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final Outbox outbox;
    private final IdGenerator ids;

    /** Wires the messaging ports and the outbox the live push goes through. */
    public SystemMessages(ConversationRepository conversations, MessageRepository messages, Outbox outbox,
                          IdGenerator ids) {
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * Creates a GROUP conversation owned by {@code ownerId} about {@code subjectType}/{@code subjectId},
     * with the owner and {@code others} as members.
     *
     * @param name the conversation's name, cut to {@link #NAME_MAX} characters
     * @param subjectType the other context's kind of subject, e.g. {@code ORDER}
     * @return the new conversation's id
     */
    public UUID openSubjectConversation(String name, UUID ownerId, List<UUID> others, String subjectType,
                                        UUID subjectId, Instant at) {
        String kept = name.length() > NAME_MAX ? name.substring(0, NAME_MAX) : name;
        Conversation group = new Conversation(ids.newId(), ConversationType.GROUP, Optional.of(kept),
                Optional.of(ownerId), Optional.of(subjectType), Optional.of(subjectId), 0, at, at);
        conversations.createGroup(group);
        conversations.addMember(group.id(), ownerId, at);
        others.forEach(member -> conversations.addMember(group.id(), member, at));
        return group.id();
    }

    /** Adds {@code userId} to a subject conversation (e.g. the agent of a support ticket). @return false when already one */
    public boolean addMember(UUID conversationId, UUID userId, Instant at) {
        return conversations.addMember(conversationId, userId, at);
    }

    /** Removes {@code userId} from a subject conversation. @return false when they were not a member */
    public boolean removeMember(UUID conversationId, UUID userId) {
        return conversations.removeMember(conversationId, userId);
    }

    /**
     * Posts a SYSTEM message from {@code senderId} (a member) and records its
     * {@link MessagingEvent.MessageAnnounced} event (recipient = the sender).
     *
     * @param text the message
     * @return the stored message's id
     * @throws IllegalStateException when {@code senderId} is not a member of the conversation
     */
    public UUID postSystemMessage(UUID conversationId, UUID senderId, String text, Instant at) {
        Message stored = messages.append(new NewMessage(ids.newId(), conversationId, senderId, MessageType.SYSTEM,
                text, List.of(), Optional.empty(), at)).orElseThrow(() -> new IllegalStateException(
                "conversation " + conversationId + " has no member " + senderId));
        outbox.append(new OutboxEvent(ids.newId(), senderId,
                new MessagingEvent.MessageAnnounced(conversationId, stored.id()), at));
        return stored.id();
    }
}
