package io.ensemble.connections;

import io.ensemble.identity.Role;
import java.util.Objects;
import java.util.UUID;

/** What any signed-in user may see of another: id, display name, role. Never the email. */
public record PublicUser(UUID id, String name, Role role) {
    public PublicUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
