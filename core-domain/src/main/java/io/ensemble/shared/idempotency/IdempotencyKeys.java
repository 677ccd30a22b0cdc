package io.ensemble.shared.idempotency;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Port of stored {@code Idempotency-Key}s (DESIGN §Patterns "Idempotency keys", CONVENTIONS "POSTs
 * that move money or create orders accept {@code Idempotency-Key}"): {@code (scope, caller, key)} →
 * fingerprint of the request and the id of what it produced. The scope names the route (e.g.
 * {@code orders.place}, {@code bank.exchange-token}), so one caller's key on one route never answers
 * another route. Calls join the caller's transaction.
 */
public interface IdempotencyKeys {
    /**
     * What a key was first used for.
     *
     * @param fingerprint hash of the first request's body (a different body under the key is refused)
     * @param resultId the id of what the first request produced (an order, a bank item), re-read on replay
     * @param created whether the first request created it (its answer was 201) or found it already there (200)
     */
    record Use(String fingerprint, UUID resultId, boolean created) {
        public Use {
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(resultId, "resultId");
        }
    }

    /** @return the earlier use of the caller's key in this scope, if any */
    Optional<Use> find(String scope, UUID callerId, String key);

    /**
     * Stores the key in the caller's transaction.
     *
     * @return false when the key is already stored in this scope (a concurrent request won; nothing written)
     */
    boolean claim(String scope, UUID callerId, String key, Use use, Instant at);
}
