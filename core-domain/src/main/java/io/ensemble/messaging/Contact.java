package io.ensemble.messaging;

import io.ensemble.identity.Role;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Someone the caller may start a chat with (seeds/001 §Chat {@code GET /contacts}). */
public record Contact(UUID userId, String name, Role role, Instant createdAt) {
    public Contact {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
