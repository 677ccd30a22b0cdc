package io.ensemble.web.admin;

import io.ensemble.identity.User;
import java.time.Instant;

/**
 * One account in the admin user list (seeds/001 §Admin {@code GET /users}): {@code {id, email, name, role,
 * status, emailVerified, createdAt, updatedAt}}. Never carries the password hash.
 */
public record AdminUserView(String id, String email, String name, String role, String status, boolean emailVerified,
                            Instant createdAt, Instant updatedAt) {
    /** @return the view of {@code u} */
    public static AdminUserView of(User u) {
        return new AdminUserView(u.id().toString(), u.email(), u.name(), u.role().name(), u.status().name(),
                u.emailVerified(), u.createdAt(), u.updatedAt());
    }
}
