package io.ensemble.connections;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A request from {@code requesterId} to {@code receiverId}; once ACCEPTED the pair is connected.
 *
 * @param message optional note to the receiver, at most 500 characters
 * @param respondedAt when it was accepted or rejected (UTC); empty while PENDING
 */
public record ConnectionRequest(UUID id, UUID requesterId, UUID receiverId, Optional<String> message,
                                ConnectionStatus status, Instant createdAt, Optional<Instant> respondedAt) {
    public ConnectionRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requesterId, "requesterId");
        Objects.requireNonNull(receiverId, "receiverId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(respondedAt, "respondedAt");
        if (requesterId.equals(receiverId)) {
            throw new IllegalArgumentException("a request needs two different users");
        }
    }

    /** @return the same request in {@code next} state, responded at {@code at} */
    public ConnectionRequest respond(ConnectionStatus next, Instant at) {
        return new ConnectionRequest(id, requesterId, receiverId, message, next, createdAt, Optional.of(at));
    }

    /** @return the participant who is not {@code userId} */
    public UUID otherThan(UUID userId) {
        return requesterId.equals(userId) ? receiverId : requesterId;
    }
}
