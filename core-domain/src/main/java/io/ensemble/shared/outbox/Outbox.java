package io.ensemble.shared.outbox;

import io.ensemble.shared.transactions.Transactions;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Persistence port of the {@code outbox} table (DESIGN §Patterns "Outbox"). {@link #append} must be
 * called inside the {@link Transactions} unit of the state change, so the event commits or rolls
 * back with it.
 */
public interface Outbox {
    /** Stores a new, unpublished event in the caller's transaction. */
    void append(OutboxEvent event);

    /**
     * Locks up to {@code max} unpublished events, oldest first, skipping rows another relay holds
     * ({@code FOR UPDATE SKIP LOCKED}); call inside a transaction.
     *
     * @param max 1..1000
     * @return the claimed events, possibly empty; a row that cannot be read back carries an
     *     {@link io.ensemble.shared.outbox.UnreadableEvent} (it is claimed like the others)
     */
    List<OutboxEvent> claimUnpublished(int max);

    /** Marks the events as relayed at {@code at}, in one statement; an empty list does nothing. */
    void markPublished(List<UUID> eventIds, Instant at);

    /**
     * Deletes up to {@code max} events relayed before {@code cutoff} (housekeeping; unpublished
     * events are never deleted).
     *
     * @param max 1..100,000
     * @return how many were deleted
     */
    int deletePublishedBefore(Instant cutoff, int max);
}
