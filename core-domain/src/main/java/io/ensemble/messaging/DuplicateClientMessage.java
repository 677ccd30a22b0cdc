package io.ensemble.messaging;

/**
 * Thrown by {@link MessageRepository#append} when a concurrent send with the same clientMessageId
 * won the race. Not an API error: {@link MessagingService} rolls back and returns the stored message.
 */
public final class DuplicateClientMessage extends RuntimeException {
    public DuplicateClientMessage() {
        super("a message with this clientMessageId is already stored", null, false, false);
    }
}
