package io.ensemble.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A login session: the family of refresh tokens that descend from one login. Revoking it ends
 * every token of the family and every access token carrying its id.
 */
public record Session(UUID id, UUID userId, Instant createdAt, Optional<Instant> revokedAt) {
    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }
}
