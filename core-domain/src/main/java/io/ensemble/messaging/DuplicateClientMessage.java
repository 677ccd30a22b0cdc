package io.ensemble.messaging;

/**
 * Thrown by {@link MessageRepository#send} and {@link MessageRepository#append} when the sender's
 * clientMessageId is already stored in the conversation (a retry, or a concurrent send that won). Not an API error: {@link MessageSending} rolls back and returns the stored message.
 */
public final class DuplicateClientMessage extends RuntimeException {
    public DuplicateClientMessage() {
        super("a message with this clientMessageId is already stored", null, false, false);
    }
}
