package io.ensemble.web.identity;

/** Body of {@code POST /api/v1/auth/login}. */
public record LoginRequest(String email, String password) {
    static final LoginRequest EMPTY = new LoginRequest(null, null);
}
