package io.ensemble.banking;

import java.time.Instant;
import java.util.Objects;

/**
 * A short-lived token the client app opens its bank-link flow with (Plaid Link's {@code link_token};
 * seeds/000 §POST /api/bank/link-token answers {@code {linkToken, expiration}}).
 *
 * @param token opaque token, e.g. {@code link-sandbox-…}
 * @param expiration when the provider stops accepting it (UTC)
 */
public record LinkToken(String token, Instant expiration) {
    public LinkToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiration, "expiration");
    }
}
