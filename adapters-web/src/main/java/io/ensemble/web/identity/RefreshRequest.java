package io.ensemble.web.identity;

/** Body of {@code POST /api/v1/auth/refresh}: {@code {refreshToken}} (seeds/000). */
public record RefreshRequest(String refreshToken) {
    static final RefreshRequest EMPTY = new RefreshRequest(null);
}
