package io.ensemble.messaging;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence port of delivery positions ({@code conversation_members.last_delivered_seq}, issue 27). */
public interface DeliveryRepository {
    /**
     * What {@link #markDelivered} changed.
     *
     * @param receipt the member's position after the call
     * @param senders the other senders of the messages that became delivered (to tell), empty when nothing moved
     */
    record Delivered(DeliveryReceipt receipt, List<UUID> senders) {
        /** Copies the list. */
        public Delivered {
            senders = List.copyOf(senders);
        }
    }

    /**
     * Moves the member's delivered position forward to {@code seq}, capped at the conversation's
     * last seq (never backwards), in one statement.
     *
     * @return the result, or empty when {@code userId} is not a member
     */
    Optional<Delivered> markDelivered(UUID conversationId, UUID userId, long seq);

    /**
     * The other members' state of the message, for its sender.
     *
     * @return empty when the message does not exist, is not {@code senderId}'s, or the sender is no
     *     longer a member of its conversation
     */
    Optional<MessageReceipts> receipts(UUID messageId, UUID senderId);
}
