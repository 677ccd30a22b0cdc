package io.ensemble.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A forgot-password request waiting to be mailed (issue 28 §4): only the address as typed, so
 * queueing it is the same work whether or not the address has an account.
 *
 * @param id request id (UUIDv7)
 * @param email the normalized address
 * @param attempts failed mail attempts so far
 * @param requestedAt when the request was made (UTC)
 */
public record QueuedResetRequest(UUID id, String email, int attempts, Instant requestedAt) {
    public QueuedResetRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
