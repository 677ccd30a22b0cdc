package io.ensemble.identity;

import java.util.UUID;

/** What a verified access token says: subject user, role at issue time and session id. */
public record AccessTokenClaims(UUID userId, Role role, UUID sessionId) {
}
