package io.ensemble.messaging;

import io.ensemble.identity.Role;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Someone the caller may start a chat with (seeds/001 §Chat {@code GET /contacts}).
 *
 * @param lastSeenAt when the user's first realtime connection opened or last one closed (presence
 *     "last seen", issue 4 §3); empty when they never connected
 */
public record Contact(UUID userId, String name, Role role, Instant createdAt, Optional<Instant> lastSeenAt) {
    public Contact {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
    }
}
