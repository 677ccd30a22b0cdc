package io.ensemble.messaging;

/**
 * Fan-out port (DESIGN §Realtime): publishes an event to a room, {@code user:{id}} or
 * {@code conversation:{id}}. Called only after the transaction that caused the event committed.
 * Implementations must not throw for delivery problems; they log and drop (clients catch up by seq).
 */
public interface RealtimeBus {
    /**
     * @param room e.g. {@code conversation:0193…}
     * @param event seed event name, e.g. {@code message_sent}
     * @param payload the domain object of the event ({@link Message} or {@link ReadReceipt})
     */
    void publish(String room, String event, Object payload);

    /** @return the room name of a conversation, {@code conversation:{id}} */
    static String conversationRoom(java.util.UUID conversationId) {
        return "conversation:" + conversationId;
    }

    /** @return the room name of a user, {@code user:{id}} */
    static String userRoom(java.util.UUID userId) {
        return "user:" + userId;
    }
}
