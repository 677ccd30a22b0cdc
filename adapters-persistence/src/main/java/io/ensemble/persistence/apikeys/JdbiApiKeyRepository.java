package io.ensemble.persistence.apikeys;

import io.ensemble.apikeys.ApiKey;
import io.ensemble.apikeys.ApiKeyRepository;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.SqlTime;
import java.sql.Array;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/** {@link ApiKeyRepository} on {@code api_keys}; only the key's HMAC hash is stored (issue 26 §3). */
public final class JdbiApiKeyRepository implements ApiKeyRepository {
    private static final String COLUMNS = "SELECT id, name, prefix, scopes, created_by, created_at, expires_at,"
            + " revoked_at, last_used_at FROM api_keys ";
    private static final String INSERT = "INSERT INTO api_keys (id, name, prefix, key_hash, scopes, created_by,"
            + " created_at, expires_at) VALUES (:id, :name, :prefix, :hash, :scopes, :createdBy, :createdAt, :expiresAt)";

    private final JdbiHandles handles;
    private final RowMapper<ApiKey> row = (rs, ctx) -> new ApiKey(rs.getObject("id", UUID.class), rs.getString("name"),
            rs.getString("prefix"), scopes(rs.getArray("scopes")), rs.getObject("created_by", UUID.class),
            SqlTime.read(rs, "created_at"), SqlTime.readOptional(rs, "expires_at"),
            SqlTime.readOptional(rs, "revoked_at"), SqlTime.readOptional(rs, "last_used_at"));

    public JdbiApiKeyRepository(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    @Override
    public void insert(ApiKey key, String keyHash) {
        handles.use(h -> h.createUpdate(INSERT).bind("id", key.id()).bind("name", key.name())
                .bind("prefix", key.prefix()).bind("hash", keyHash)
                .bindArray("scopes", String.class, List.copyOf(key.scopes())).bind("createdBy", key.createdBy())
                .bind("createdAt", SqlTime.at(key.createdAt())).bind("expiresAt", SqlTime.at(key.expiresAt()))
                .execute());
    }

    @Override
    public Optional<ApiKey> findByHash(String keyHash) {
        return handles.with(h -> h.createQuery(COLUMNS + "WHERE key_hash = :hash").bind("hash", keyHash).map(row)
                .findOne());
    }

    @Override
    public List<ApiKey> all() {
        return handles.with(h -> h.createQuery(COLUMNS + "ORDER BY created_at DESC, id DESC").map(row).list());
    }

    @Override
    public boolean revoke(UUID id, Instant at) {
        return handles.with(h -> h.createUpdate("UPDATE api_keys SET revoked_at = coalesce(revoked_at, :at)"
                + " WHERE id = :id").bind("at", SqlTime.at(at)).bind("id", id).execute()) == 1;
    }

    @Override
    public void touch(UUID id, Instant at) {
        handles.use(h -> h.createUpdate("UPDATE api_keys SET last_used_at = :at WHERE id = :id")
                .bind("at", SqlTime.at(at)).bind("id", id).execute());
    }

    private static Set<String> scopes(Array array) throws java.sql.SQLException {
        return array == null ? Set.of() : Set.copyOf(Arrays.asList((String[]) array.getArray()));
    }
}
