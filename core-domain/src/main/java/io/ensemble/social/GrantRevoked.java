package io.ensemble.social;

import io.ensemble.shared.errors.Conflict;

/**
 * The provider says the stored access or refresh token is expired or revoked (409,
 * {@code RECONNECT_REQUIRED}): the account is marked {@link LinkStatus#RECONNECT_REQUIRED} and its owner
 * notified; only linking again helps.
 */
public class GrantRevoked extends Conflict {
    /** @param message which platform refused, without tokens */
    public GrantRevoked(String message) {
        super("RECONNECT_REQUIRED", message);
    }
}
