package io.ensemble.persistence.social;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.social.SyncAttempts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link SyncAttempts} on {@code scraped_sync_attempts}: in one transaction, a transaction-scoped advisory
 * lock on the account serialises concurrent attempts, the attempts inside the window are read, and a new
 * one is inserted when there is room. Rows older than the window are pruned on the way. Throws
 * {@link io.ensemble.shared.errors.ProviderUnavailable} when the database is down.
 */
public final class JdbiSyncAttempts extends JdbiRepository implements SyncAttempts {
    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtextextended(:key, 0)) IS NULL";
    private static final String PRUNE = "DELETE FROM scraped_sync_attempts WHERE account_id = :id AND attempted_at <= :since";
    private static final String IN_WINDOW = """
            SELECT attempted_at FROM scraped_sync_attempts
            WHERE account_id = :id AND attempted_at > :since ORDER BY attempted_at
            """;
    private static final String INSERT = "INSERT INTO scraped_sync_attempts (account_id, attempted_at) VALUES (:id, :at)";

    /** @param handles the handle provider */
    public JdbiSyncAttempts(JdbiHandles handles) {
        super(handles);
    }

    /** {@inheritDoc} */
    @Override
    public Optional<Instant> tryRecord(UUID accountId, Instant now, Duration window, int limit) {
        Instant since = now.minus(window);
        return handles.with(handle -> handle.inTransaction(h -> {
            h.createQuery(LOCK).bind("key", "scraped_sync:" + accountId).mapTo(Boolean.class).one();
            h.createUpdate(PRUNE).bind("id", accountId).bind("since", SqlTime.at(since)).execute();
            List<Instant> recent = h.createQuery(IN_WINDOW).bind("id", accountId).bind("since", SqlTime.at(since))
                    .map((rs, ctx) -> SqlTime.read(rs, "attempted_at")).list();
            if (recent.size() >= limit) {
                return Optional.of(recent.get(recent.size() - limit).plus(window));
            }
            h.createUpdate(INSERT).bind("id", accountId).bind("at", SqlTime.at(now)).execute();
            return Optional.<Instant>empty();
        }));
    }
}
