package io.ensemble.apikeys;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence port of API keys (issue 26 §3); keys are stored by hash only. */
public interface ApiKeyRepository {
    void insert(ApiKey key, String keyHash);

    /** @return the key whose hash is {@code keyHash} (revoked and expired ones too) */
    Optional<ApiKey> findByHash(String keyHash);

    /** @return every key, newest first */
    List<ApiKey> all();

    /** Sets {@code revoked_at} when not yet revoked. @return false when the key is unknown */
    boolean revoke(UUID id, Instant at);

    /** Records the last use. */
    void touch(UUID id, Instant at);
}
