package io.ensemble.messaging;

import io.ensemble.identity.Caller;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.errors.Validator;
import io.ensemble.shared.paging.Page;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Reading and changing stored messages (seeds/001 §Chat, issue 4 §1-2): history and catch-up
 * pages, edits, deletes and read receipts. A message or conversation the caller is not a member of
 * is {@link io.ensemble.shared.errors.NotFound}; changes are published on the {@link RealtimeBus} after they
 * are stored.
 */
public final class ChatMessages {
    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final RoomPublisher rooms;
    private final Clock clock;

    /** Wires the ports; {@code bus} receives {@code message_edited}, {@code message_deleted}, {@code message_read}. */
    public ChatMessages(ConversationRepository conversations, MessageRepository messages, RealtimeBus bus,
                        Clock clock) {
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.rooms = new RoomPublisher(bus);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A page of messages (seeds/001 §Chat {@code GET /conversations/:id/messages}). Without
     * {@code afterSeq}: history, newest first, continuing below the {@code before} cursor. With
     * {@code afterSeq}: catch-up, oldest first, everything with a greater seq. Tombstones included.
     *
     * @param cursor a {@link MessageCursor} token from a previous page's {@code nextCursor}
     * @param afterSeq a seq (≥ 0) the client already has
     * @throws io.ensemble.shared.errors.NotFound when the caller is not a member
     * @throws ValidationFailed for a bad cursor or a negative afterSeq
     */
    public Page<Message> messages(Caller caller, UUID conversationId, Optional<String> cursor,
                                  Optional<Long> afterSeq, int limit) {
        Conversation conversation = conversations.findForMember(conversationId, caller.userId())
                .orElseThrow(ChatRules::conversationNotFound);
        afterSeq.ifPresent(s -> new Validator().check(s >= 0, "afterSeq", "must be 0 or more").throwIfInvalid());
        MessageCursor position = cursor.map(c -> MessageCursor.decode("cursor", c))
                .orElseGet(() -> afterSeq.map(s -> new MessageCursor(false, s))
                        .orElse(new MessageCursor(true, conversation.lastSeq() + 1)));
        List<Message> rows = position.backwards()
                ? messages.before(conversationId, position.seq(), limit + 1)
                : messages.after(conversationId, position.seq(), limit + 1);
        return Page.fromOverfetch(rows, limit, m -> new MessageCursor(position.backwards(), m.seq()).encode());
    }

    /**
     * Edits the caller's own message and sets {@code editedAt}; publishes {@code message_edited}.
     *
     * @throws io.ensemble.shared.errors.NotFound when the message is unknown, not visible, or not the caller's
     * @throws ValidationFailed for empty or over-10,000-character content, or a deleted message
     */
    public Message edit(Caller caller, UUID messageId, String content) {
        Validator v = new Validator();
        if (v.required("content", content)) {
            v.maxLength("content", content, SendMessageCommand.CONTENT_MAX);
        }
        v.throwIfInvalid();
        Message own = ownMessage(caller, messageId);
        if (own.deleted()) {
            throw new ValidationFailed("MESSAGE_DELETED", "A deleted message cannot be edited.");
        }
        Message edited = messages.edit(messageId, content, clock.instant());
        rooms.publish(RealtimeBus.conversationRoom(edited.conversationId()), "message_edited", edited);
        return edited;
    }

    /**
     * Deletes the caller's own message, leaving a tombstone; publishes {@code message_deleted}.
     * Deleting a tombstone again returns it unchanged.
     *
     * @throws io.ensemble.shared.errors.NotFound when the message is unknown, not visible, or not the caller's
     */
    public Message delete(Caller caller, UUID messageId) {
        Message own = ownMessage(caller, messageId);
        if (own.deleted()) {
            return own;
        }
        Message tombstone = messages.tombstone(messageId, clock.instant());
        rooms.publish(RealtimeBus.conversationRoom(tombstone.conversationId()), "message_deleted", tombstone);
        return tombstone;
    }

    /**
     * Marks everything up to and including the message read for the caller (never moves back);
     * publishes {@code message_read}.
     *
     * @throws io.ensemble.shared.errors.NotFound when the message is unknown or the caller is not a member of its conversation
     */
    public ReadReceipt markRead(Caller caller, UUID messageId) {
        Message message = messages.findById(messageId).orElseThrow(ChatRules::messageNotFound);
        ReadReceipt receipt = conversations.markRead(message.conversationId(), caller.userId(), message.seq())
                .orElseThrow(ChatRules::messageNotFound);
        rooms.publish(RealtimeBus.conversationRoom(message.conversationId()), "message_read", receipt);
        return receipt;
    }

    private Message ownMessage(Caller caller, UUID messageId) {
        Message message = messages.findById(messageId).orElseThrow(ChatRules::messageNotFound);
        if (!message.senderId().equals(caller.userId())
                || conversations.findForMember(message.conversationId(), caller.userId()).isEmpty()) {
            throw ChatRules.messageNotFound();
        }
        return message;
    }
}
