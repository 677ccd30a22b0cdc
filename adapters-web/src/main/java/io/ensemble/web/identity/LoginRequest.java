package io.ensemble.web.identity;

import io.swagger.v3.oas.annotations.media.Schema;

/** Body of {@code POST /api/v1/auth/login}. */
public record LoginRequest(@Schema(example = "john@example.com") String email,
                           @Schema(example = "SecurePass123!") String password) {
    static final LoginRequest EMPTY = new LoginRequest(null, null);
}
