package io.ensemble.persistence.keys;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.shared.keys.SharedKeyRepository;
import io.ensemble.shared.keys.StoredKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link SharedKeyRepository} on {@code shared_keys} (issue 29 §1), primary key {@code (name, version)}:
 * version 1 is stored with {@code ON CONFLICT DO NOTHING}, so of two nodes starting at once on an empty
 * database exactly one key is kept and both read it back.
 */
public final class JdbiSharedKeys implements SharedKeyRepository {
    private static final String SELECT = "SELECT name, version, fingerprint, secret, created_at, completed_at"
            + " FROM shared_keys WHERE name = :name ORDER BY version";
    private static final String INSERT = "INSERT INTO shared_keys (name, version, fingerprint, secret, created_at)"
            + " VALUES (:name, :version, :fingerprint, :secret, :createdAt) ON CONFLICT (name, version) DO NOTHING";
    private static final String COMPLETE = "UPDATE shared_keys SET completed_at = :at"
            + " WHERE name = :name AND version = :version AND completed_at IS NULL";

    private final JdbiHandles handles;

    /** @param handles the handle provider */
    public JdbiSharedKeys(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    @Override
    public List<StoredKey> versions(String name) {
        return handles.with(h -> h.createQuery(SELECT).bind("name", name)
                .map((rs, ctx) -> new StoredKey(rs.getString("name"), rs.getInt("version"),
                        rs.getString("fingerprint"), Optional.ofNullable(rs.getString("secret")),
                        SqlTime.read(rs, "created_at"), SqlTime.readOptional(rs, "completed_at")))
                .list());
    }

    @Override
    public boolean insertIfAbsent(StoredKey key) {
        return handles.with(h -> h.createUpdate(INSERT).bind("name", key.name()).bind("version", key.version())
                .bind("fingerprint", key.fingerprint()).bind("secret", key.secret().orElse(null))
                .bind("createdAt", SqlTime.at(key.createdAt())).execute()) == 1;
    }

    @Override
    public void markCompleted(String name, int version, Instant at) {
        handles.use(h -> h.createUpdate(COMPLETE).bind("name", name).bind("version", version)
                .bind("at", SqlTime.at(at)).execute());
    }
}
