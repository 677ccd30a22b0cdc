package io.ensemble.web.identity;

import io.ensemble.identity.User;
import java.time.Instant;

/** The account as its owner sees it. Never carries the password hash. */
public record UserView(String id, String email, String name, String role, String status,
                       boolean emailVerified, Instant createdAt) {

    public static UserView of(User user) {
        return new UserView(user.id().toString(), user.email(), user.name(), user.role().name(),
                user.status().name(), user.emailVerified(), user.createdAt());
    }
}
