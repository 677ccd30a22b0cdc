package io.ensemble.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One refresh token of a session (DESIGN §Security: opaque, 256-bit, stored hashed, rotated on
 * every use). {@code rotatedAt} is set when it was exchanged; presenting it again is reuse.
 */
public record RefreshToken(
        UUID id,
        UUID sessionId,
        String tokenHash,
        Instant createdAt,
        Instant expiresAt,
        Optional<Instant> rotatedAt) {

    public RefreshToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(rotatedAt, "rotatedAt");
    }
}
