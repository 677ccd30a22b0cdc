package io.ensemble.web.compat.sioree;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ensemble.identity.LoginResult;
import io.ensemble.identity.TokenPair;
import io.ensemble.identity.User;

/** Request and answer bodies of seeds/000 §Authentication Endpoints, as the app writes them. */
public final class SioreeAuthBodies {
    private SioreeAuthBodies() {
    }

    /** {@code POST /api/auth/signup}: {@code role} is {@code host}, {@code partier}, {@code talent} or {@code brand}. */
    public record SignupBody(String email, String password, String name, String role) {
        static final SignupBody EMPTY = new SignupBody(null, null, null, null);
    }

    /** {@code POST /api/auth/login}. */
    public record LoginBody(String email, String password) {
        static final LoginBody EMPTY = new LoginBody(null, null);
    }

    /** {@code POST /api/auth/refresh}. */
    public record RefreshBody(String refreshToken) {
        static final RefreshBody EMPTY = new RefreshBody(null);
    }

    /** The account in a session answer: {@code {id, email, name, role}}, role in lower case. */
    public record UserBody(String id, String email, String name, String role) {
        static UserBody of(User u) {
            return new UserBody(u.id().toString(), u.email(), u.name(), SioreeSettings.roleName(u.role()));
        }
    }

    /** Sign-up and login answer: {@code {user, token, refreshToken}}. */
    public record SessionBody(UserBody user, String token, String refreshToken) {
        static SessionBody of(LoginResult r) {
            return new SessionBody(UserBody.of(r.user()), r.tokens().accessToken(), r.tokens().refreshToken());
        }
    }

    /** Refresh answer: {@code {token, refreshToken}}. */
    public record TokensBody(String token, String refreshToken) {
        static TokensBody of(TokenPair p) {
            return new TokensBody(p.accessToken(), p.refreshToken());
        }
    }

    /**
     * {@code GET /api/auth/me}: {@code {id, email, name, role, avatar, bio, location}}; {@code avatar},
     * {@code bio} and {@code location} are null until the profile has them.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MeBody(String id, String email, String name, String role, String avatar, String bio,
                         String location) {
    }

    /** {@code {"success": true}} of logout, read, unlink and delete. */
    public record Done(boolean success) {
        static final Done OK = new Done(true);
    }
}
