package io.ensemble.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An account. {@code email} is stored lower-case; {@code passwordHash} is an Argon2id PHC string
 * and never leaves the domain through a response.
 */
public record User(
        UUID id,
        String email,
        String name,
        Role role,
        AccountStatus status,
        boolean emailVerified,
        String passwordHash,
        Instant createdAt,
        Instant updatedAt) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public boolean active() {
        return status == AccountStatus.ACTIVE;
    }
}
