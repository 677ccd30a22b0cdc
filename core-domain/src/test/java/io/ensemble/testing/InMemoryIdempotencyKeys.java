package io.ensemble.testing;

import io.ensemble.shared.idempotency.IdempotencyKeys;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory {@link IdempotencyKeys}: one entry per {@code (scope, caller, key)}, first claim wins. */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys {
    public final Map<String, Use> keys = new ConcurrentHashMap<>();

    @Override
    public Optional<Use> find(String scope, UUID callerId, String key) {
        return Optional.ofNullable(keys.get(scope + "|" + callerId + "|" + key));
    }

    @Override
    public boolean claim(String scope, UUID callerId, String key, Use use, Instant at) {
        return keys.putIfAbsent(scope + "|" + callerId + "|" + key, use) == null;
    }
}
