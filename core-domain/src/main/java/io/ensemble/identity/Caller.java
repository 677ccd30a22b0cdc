package io.ensemble.identity;

import java.security.Principal;
import java.util.Objects;
import java.util.UUID;

/**
 * The authenticated user behind a request: every use case takes it first and decides authorization
 * from it (DESIGN §Use cases). {@code sessionId} is the login session the access token belongs to.
 */
public record Caller(UUID userId, Role role, UUID sessionId) implements Principal {
    public Caller {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(sessionId, "sessionId");
    }

    @Override
    public String getName() {
        return userId.toString();
    }

    public boolean is(Role expected) {
        return role == expected;
    }
}
