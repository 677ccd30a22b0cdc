package io.ensemble.marketplace;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Port of stored {@code Idempotency-Key}s for order creation (DESIGN §Patterns "Idempotency keys"):
 * {@code (caller, key)} → fingerprint of the request and the order it created.
 */
public interface IdempotencyKeys {
    /** What a key was first used for. */
    record Use(String fingerprint, UUID orderId) {
    }

    /** @return the earlier use of the caller's key, if any */
    Optional<Use> find(UUID callerId, String key);

    /**
     * Stores the key in the caller's transaction.
     *
     * @return false when the key is already stored (a concurrent request won; nothing written)
     */
    boolean claim(UUID callerId, String key, Use use, Instant at);
}
