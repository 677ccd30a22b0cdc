package io.ensemble.persistence.marketplace;

import io.ensemble.marketplace.IdempotencyKeys;
import io.ensemble.persistence.JdbiHandles;
import io.ensemble.persistence.SqlTime;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link IdempotencyKeys} on {@code order_idempotency_keys} (primary key {@code (user_id, key)}):
 * a concurrent claim of the same key waits for the first transaction and then inserts nothing.
 */
public final class JdbiIdempotencyKeys implements IdempotencyKeys {
    private static final String FIND =
            "SELECT fingerprint, order_id FROM order_idempotency_keys WHERE user_id = :userId AND key = :key";
    private static final String CLAIM = """
            INSERT INTO order_idempotency_keys (user_id, key, fingerprint, order_id, created_at)
            VALUES (:userId, :key, :fingerprint, :orderId, :at)
            ON CONFLICT (user_id, key) DO NOTHING
            """;

    private final JdbiHandles handles;

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiIdempotencyKeys(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    @Override
    public Optional<Use> find(UUID callerId, String key) {
        return handles.with(h -> h.createQuery(FIND).bind("userId", callerId).bind("key", key)
                .map((rs, ctx) -> new Use(rs.getString("fingerprint"), rs.getObject("order_id", UUID.class)))
                .findOne());
    }

    @Override
    public boolean claim(UUID callerId, String key, Use use, Instant at) {
        return handles.with(h -> h.createUpdate(CLAIM).bind("userId", callerId).bind("key", key)
                .bind("fingerprint", use.fingerprint()).bind("orderId", use.orderId()).bind("at", SqlTime.at(at))
                .execute()) == 1;
    }
}
