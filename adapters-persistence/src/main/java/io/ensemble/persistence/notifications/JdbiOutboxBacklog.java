package io.ensemble.persistence.notifications;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.SqlTime;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the outbox's backlog for the metrics of issue 29 §5: how many events wait to be published and when
 * the oldest was written. One query on the partial index {@code outbox_unpublished_idx}.
 */
public final class JdbiOutboxBacklog {
    private static final String BACKLOG = "SELECT count(*) AS waiting, min(created_at) AS oldest FROM outbox "
            + "WHERE published_at IS NULL";

    /**
     * @param waiting events not yet published
     * @param oldest  when the oldest of them was written; empty when none waits
     */
    public record Backlog(long waiting, Optional<Instant> oldest) {
    }

    private final JdbiHandles handles;

    /** @param handles the handle provider */
    public JdbiOutboxBacklog(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    /** @return the backlog now */
    public Backlog read() {
        return handles.with(h -> h.createQuery(BACKLOG).map((rs, ctx) -> new Backlog(rs.getLong("waiting"),
                SqlTime.readOptional(rs, "oldest"))).one());
    }
}
