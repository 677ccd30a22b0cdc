package io.ensemble.messaging;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.outbox.Outbox;
import io.ensemble.shared.outbox.OutboxEvent;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Messaging's use cases for moderation (issue 20 §3): whether a user can see a message (so a report of
 * a message in someone else's conversation is 404), and an admin's removal of a message, which leaves
 * the same tombstone as the sender's own delete for every member. Calls join the caller's transaction;
 * the live {@code message_deleted} goes out after commit through the outbox
 * ({@link MessagingEvent.MessageRemoved}).
 */
public final class MessageModeration {
    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final Outbox outbox;
    private final IdGenerator ids;
    private final Clock clock;

    /** Wires the messaging ports and the outbox the live push goes through. */
    public MessageModeration(ConversationRepository conversations, MessageRepository messages, Outbox outbox,
                             IdGenerator ids, Clock clock) {
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @return the message when {@code viewerId} is a member of its conversation (tombstones included);
     *     empty for an unknown message or one of a conversation the viewer is not in
     */
    public Optional<Message> visibleTo(UUID viewerId, UUID messageId) {
        return messages.findById(messageId)
                .filter(m -> conversations.findForMember(m.conversationId(), viewerId).isPresent());
    }

    /**
     * An admin removes a message: it becomes a tombstone (content and attachments removed) and a
     * {@link MessagingEvent.MessageRemoved} event is recorded for the live push. Removing a tombstone
     * again returns it unchanged and records nothing.
     *
     * @return the tombstone, or empty when the message is unknown
     * @throws Forbidden when the caller is not an ADMIN
     */
    public Optional<Message> removeMessage(Caller admin, UUID messageId) {
        if (!admin.is(Role.ADMIN)) {
            throw new Forbidden("Only admins can remove other people's messages.");
        }
        Optional<Message> found = messages.findById(messageId);
        if (found.isEmpty() || found.get().deleted()) {
            return found;
        }
        var now = clock.instant();
        Message tombstone = messages.tombstone(messageId, now);
        outbox.append(new OutboxEvent(ids.newId(), tombstone.senderId(),
                new MessagingEvent.MessageRemoved(tombstone.conversationId(), tombstone.id()), now));
        return Optional.of(tombstone);
    }
}
