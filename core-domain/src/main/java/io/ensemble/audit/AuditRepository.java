package io.ensemble.audit;

import io.ensemble.shared.audit.AuditRecord;
import io.ensemble.shared.paging.Cursor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Persistence port of the audit trail. Append-only: there is no update, and the only removal is
 * {@link #purgeBefore(Instant)} for retention.
 */
public interface AuditRepository {
    /** Stores a new record (joins the caller's transaction when there is one). */
    void append(AuditRecord record);

    /**
     * Records matching {@code filter}, newest first ({@code occurredAt DESC, id DESC}).
     *
     * @param after resume strictly after this position; empty for the first page
     * @param max how many rows to return at most (the caller over-fetches by one)
     */
    List<AuditRecord> find(AuditFilter filter, Optional<Cursor> after, int max);

    /**
     * Removes every record that occurred strictly before {@code cutoff} (the retention purge).
     *
     * @return how many records were removed
     */
    int purgeBefore(Instant cutoff);
}
