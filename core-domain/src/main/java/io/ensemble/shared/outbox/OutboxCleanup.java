package io.ensemble.shared.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Housekeeping of the {@link Outbox} (DESIGN §Patterns "Outbox"): relayed events are kept for a
 * retention period (to investigate a delivery) and then deleted in batches, so the table does not
 * grow with every chat message. Unrelayed events are never deleted. The app runs it daily as the
 * {@code outbox-cleanup} job.
 */
public final class OutboxCleanup {
    /** Rows deleted per statement. */
    public static final int BATCH = 10_000;
    /** Most batches per run (a run deletes at most {@code BATCH × MAX_BATCHES} rows; the next run goes on). */
    public static final int MAX_BATCHES = 100;

    private final Outbox outbox;
    private final Duration retention;

    /** @param retention how long a relayed event is kept, positive */
    public OutboxCleanup(Outbox outbox, Duration retention) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive");
        }
        this.retention = retention;
    }

    /**
     * Deletes events relayed more than the retention period before {@code now}.
     *
     * @return how many were deleted
     */
    public long purge(Instant now) {
        Instant cutoff = now.minus(retention);
        long total = 0;
        for (int i = 0; i < MAX_BATCHES; i++) {
            int deleted = outbox.deletePublishedBefore(cutoff, BATCH);
            total += deleted;
            if (deleted < BATCH) {
                break;
            }
        }
        return total;
    }
}
