package io.ensemble.web.compat.idyll;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ensemble.identity.LoginResult;
import io.ensemble.identity.User;

/** Request and answer bodies of seeds/003 §Authentication, Express-style and bare (issue 22 §3). */
public final class IdyllAuthBodies {
    private IdyllAuthBodies() {
    }

    /** {@code POST /api/auth/register}: {@code role} optional, only {@code member} (admins are made by admins). */
    public record RegisterBody(String name, String email, String password, String role) {
        static final RegisterBody EMPTY = new RegisterBody(null, null, null, null);
    }

    /** {@code POST /api/auth/login}. */
    public record LoginBody(String email, String password) {
        static final LoginBody EMPTY = new LoginBody(null, null);
    }

    /**
     * The account: {@code {id, name, email, role, avatar, status}}; role and status lower case
     * ({@code member}, {@code admin}; {@code active}), avatar null until the profile has one.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record UserBody(String id, String name, String email, String role, String avatar, String status) {
        static UserBody of(User u, String avatar) {
            return new UserBody(u.id().toString(), u.name(), u.email(), IdyllPeople.roleName(u.role()), avatar,
                    u.status().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** Register and login answer: {@code {token, refreshToken, user}}; {@code token} is the bearer access token. */
    public record SessionBody(String token, String refreshToken, UserBody user) {
        static SessionBody of(LoginResult r, String avatar) {
            return new SessionBody(r.tokens().accessToken(), r.tokens().refreshToken(), UserBody.of(r.user(), avatar));
        }
    }

    /** {@code GET /api/auth/me}: {@code {user}}. */
    public record MeBody(UserBody user) {
    }

    /** {@code {success, message}} of logout. */
    public record Done(boolean success, String message) {
    }
}
