package io.ensemble.messaging;

import io.ensemble.identity.Caller;
import io.ensemble.shared.errors.Validator;
import java.util.Objects;
import java.util.UUID;

/**
 * Delivery and read state visible to senders (issue 27 §Delivery). A member's device acknowledges
 * what it received ({@code message_delivered {conversationId, seq}} on a socket, or
 * {@code POST /api/v1/chat/conversations/{id}/delivered {seq}}); the position is stored per member
 * like lastReadSeq and, after commit, {@code message_delivered} ({@link DeliveryReceipt}) goes to
 * {@code user:{id}} of every other sender whose messages became delivered. A sender reads each
 * member's state of one message with {@link #receipts}.
 */
public final class DeliveryReceipts {
    private final DeliveryRepository deliveries;
    private final RoomPublisher rooms;

    /** Wires the port and the bus {@code message_delivered} is published on. */
    public DeliveryReceipts(DeliveryRepository deliveries, RealtimeBus bus) {
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.rooms = new RoomPublisher(bus);
    }

    /**
     * Records that the caller's device has every message up to {@code seq} (capped at the
     * conversation's last seq; never moves back) and tells the senders.
     *
     * @param seq the highest seq received, at least 1
     * @throws io.ensemble.shared.errors.ValidationFailed (field {@code seq}) when missing or below 1
     * @throws io.ensemble.shared.errors.NotFound when the caller is not a member
     */
    public DeliveryReceipt markDelivered(Caller caller, UUID conversationId, Long seq) {
        new Validator().check(seq != null, "seq", "is required")
                .check(seq == null || seq >= 1, "seq", "must be 1 or more").throwIfInvalid();
        DeliveryRepository.Delivered delivered = deliveries.markDelivered(conversationId, caller.userId(), seq)
                .orElseThrow(ChatRules::conversationNotFound);
        for (UUID sender : delivered.senders()) {
            rooms.publish(RealtimeBus.userRoom(sender), "message_delivered", delivered.receipt());
        }
        return delivered.receipt();
    }

    /**
     * Each other member's delivered and read state of the caller's own message.
     *
     * @throws io.ensemble.shared.errors.NotFound when the message is unknown, not the caller's, or
     *     the caller left its conversation
     */
    public MessageReceipts receipts(Caller caller, UUID messageId) {
        return deliveries.receipts(messageId, caller.userId()).orElseThrow(ChatRules::messageNotFound);
    }
}
