package io.ensemble.messaging;

import io.ensemble.identity.Caller;
import io.ensemble.shared.ids.IdGenerator;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Sending a chat message and publishing it live (seeds/001 §Chat, issue 4 §1-3, DESIGN §Patterns
 * "Send a message in one round trip"): the store writes the message and its
 * {@link MessagingEvent.MessageStored} outbox events in one statement; after commit
 * {@code message_sent} goes to {@code conversation:{id}} and {@code new_message} to {@code user:{id}}
 * of every other member (seeds/000 §WebSocket: clients that never joined the conversation).
 */
public final class MessageSending {
    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final ContactDirectory contacts;
    private final RoomPublisher rooms;
    private final ConversationWatchers watchers;
    private final IdGenerator ids;
    private final Clock clock;

    /** @param watchers who receives a conversation live on this node (no offline event for them) */
    public MessageSending(ConversationRepository conversations, MessageRepository messages, ContactDirectory contacts,
                          RealtimeBus bus, ConversationWatchers watchers, IdGenerator ids, Clock clock) {
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.rooms = new RoomPublisher(bus);
        this.watchers = Objects.requireNonNull(watchers, "watchers");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Sends a message: one statement stores it with the next seq together with a
     * {@link MessagingEvent.MessageStored} outbox event per other member not watching the
     * conversation on this node ({@link ConversationWatchers}); after it committed, the message is
     * published ({@code message_sent}, {@code new_message}). A retry with the same clientMessageId
     * returns the stored message ({@code created} false) and publishes nothing.
     *
     * @throws io.ensemble.shared.errors.NotFound when the caller is not a member
     * @throws io.ensemble.shared.errors.Forbidden {@code ACCOUNT_SUSPENDED} when the caller is not active
     */
    public MessagingService.Sent send(Caller caller, UUID conversationId, SendMessageCommand command) {
        NewMessage message = new NewMessage(ids.newId(), conversationId, caller.userId(), command.type(),
                command.content(), command.attachments(), command.clientMessageId(), clock.instant(),
                command.replyToId(), command.mentions());
        Optional<MessageRepository.Appended> appended;
        try {
            appended = messages.send(message, MessagingEvent.MessageStored.of(message),
                    watchers.watching(conversationId));
        } catch (DuplicateClientMessage retried) {
            Message stored = messages.findByClientMessageId(conversationId, caller.userId(),
                    command.clientMessageId().orElseThrow()).orElseThrow(() -> retried);
            return new MessagingService.Sent(stored, false);
        }
        if (appended.isEmpty()) {
            ChatRules.requireActive(contacts, caller);
            throw ChatRules.conversationNotFound();
        }
        Message stored = appended.get().message();
        announce(stored, appended.get().recipients());
        return new MessagingService.Sent(stored, true);
    }

    /**
     * Publishes a message stored elsewhere (a system message, committed with another context's
     * change and relayed by the outbox as {@link MessagingEvent.MessageAnnounced}) as {@link #send}
     * publishes its own; a tombstone (a message an admin removed, {@link MessagingEvent.MessageRemoved})
     * is published as {@code message_deleted} instead, as a member's delete is. Unknown ids are ignored
     * (the message may have been purged).
     *
     * @param messageId the stored message
     */
    public void announce(UUID messageId) {
        messages.findById(messageId).ifPresent(m -> announce(m, conversations.members(m.conversationId()).stream()
                .map(Participant::userId).filter(id -> !id.equals(m.senderId())).toList()));
    }

    private void announce(Message stored, List<UUID> recipients) {
        if (stored.deleted()) {
            rooms.publish(RealtimeBus.conversationRoom(stored.conversationId()), "message_deleted", stored);
            return;
        }
        rooms.publish(RealtimeBus.conversationRoom(stored.conversationId()), "message_sent", stored);
        if (stored.replyToId().isPresent()) {
            rooms.publish(RealtimeBus.conversationRoom(stored.conversationId()), MessageThreads.THREAD_REPLY, stored);
        }
        for (UUID member : recipients) {
            rooms.publish(RealtimeBus.userRoom(member), "new_message", stored);
        }
    }
}
