package io.ensemble.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Persistence port for messages (DESIGN §Patterns "Send a message in one round trip"). */
public interface MessageRepository {
    /**
     * Stores a system message in the caller's transaction, through the same statement as
     * {@link #send} with the sender checked as a member only (active or not) and no outbox events:
     * bumps the conversation's {@code last_seq} and {@code updated_at} and inserts the message with
     * that seq.
     *
     * @return the stored message, or empty when the sender is not a member
     * @throws DuplicateClientMessage when the sender already stored the message's clientMessageId in
     *     this conversation; the caller must roll back
     */
    Optional<Message> append(NewMessage message);

    /** What {@link #send} stored: the message and the other members of its conversation, who receive it. */
    record Appended(Message message, List<UUID> recipients) {
        /** Copies the list. */
        public Appended {
            recipients = List.copyOf(recipients);
        }
    }

    /**
     * A member's send in one statement, its own transaction (DESIGN §Patterns "Send a message in one
     * round trip"): checks that the sender is an active, verified member, bumps the conversation's
     * {@code last_seq} and {@code updated_at}, inserts the message with that seq and, for every other
     * member not in {@code watching}, one outbox row of {@code recipientEvent} (recipient = that
     * member). Nothing is written unless all of it is.
     *
     * @param recipientEvent what each other member's outbox row records
     * @param watching members who receive the message live, so need no event (may be empty)
     * @return the stored message with its recipients, or empty when the sender is not an active,
     *     verified member of the conversation (nothing written)
     * @throws DuplicateClientMessage when this sender already stored this clientMessageId in this
     *     conversation (nothing written; read the stored one with {@link #findByClientMessageId})
     */
    Optional<Appended> send(NewMessage message, MessagingEvent.MessageStored recipientEvent, Set<UUID> watching);

    /** @return the message this sender stored with this client id in this conversation */
    Optional<Message> findByClientMessageId(UUID conversationId, UUID senderId, String clientMessageId);

    /** @return the message with this id, tombstones included */
    Optional<Message> findById(UUID messageId);

    /** Sets content and {@code edited_at}. @return the updated message */
    Message edit(UUID messageId, String content, Instant at);

    /** Turns the message into a tombstone (content and attachments removed). @return the tombstone */
    Message tombstone(UUID messageId, Instant at);

    /** @return up to {@code limit} messages with {@code seq < beforeSeq}, highest seq first */
    List<Message> before(UUID conversationId, long beforeSeq, int limit);

    /** @return up to {@code limit} messages with {@code seq > afterSeq}, lowest seq first */
    List<Message> after(UUID conversationId, long afterSeq, int limit);
}
