package io.ensemble.web.connections;

import io.ensemble.connections.PublicUser;

/** Another user's public info: {@code {id, name, role}} (never the email). */
public record PublicUserView(String id, String name, String role) {
    /** @return the view of {@code user} */
    public static PublicUserView of(PublicUser user) {
        return new PublicUserView(user.id().toString(), user.name(), user.role().name());
    }
}
