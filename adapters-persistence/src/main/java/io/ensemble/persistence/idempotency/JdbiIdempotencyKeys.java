package io.ensemble.persistence.idempotency;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.shared.idempotency.IdempotencyKeys;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link IdempotencyKeys} on {@code idempotency_keys} (primary key {@code (scope, user_id, key)}),
 * shared by every route that accepts {@code Idempotency-Key}: a concurrent claim of the same key waits
 * for the first transaction and then inserts nothing.
 */
public final class JdbiIdempotencyKeys implements IdempotencyKeys {
    private static final String FIND = "SELECT fingerprint, result_id, created FROM idempotency_keys"
            + " WHERE scope = :scope AND user_id = :userId AND key = :key";
    private static final String CLAIM = """
            INSERT INTO idempotency_keys (scope, user_id, key, fingerprint, result_id, created, created_at)
            VALUES (:scope, :userId, :key, :fingerprint, :resultId, :created, :at)
            ON CONFLICT (scope, user_id, key) DO NOTHING
            """;

    private final JdbiHandles handles;

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiIdempotencyKeys(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    @Override
    public Optional<Use> find(String scope, UUID callerId, String key) {
        return handles.with(h -> h.createQuery(FIND).bind("scope", scope).bind("userId", callerId).bind("key", key)
                .map((rs, ctx) -> new Use(rs.getString("fingerprint"), rs.getObject("result_id", UUID.class),
                        rs.getBoolean("created")))
                .findOne());
    }

    @Override
    public boolean claim(String scope, UUID callerId, String key, Use use, Instant at) {
        return handles.with(h -> h.createUpdate(CLAIM).bind("scope", scope).bind("userId", callerId)
                .bind("key", key).bind("fingerprint", use.fingerprint()).bind("resultId", use.resultId())
                .bind("created", use.created()).bind("at", SqlTime.at(at))
                .execute()) == 1;
    }
}
