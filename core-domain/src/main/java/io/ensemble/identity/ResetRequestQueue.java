package io.ensemble.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Persistence port of queued forgot-password requests (issue 28 §4), worked off after the answer by
 * a background job so that no request path sends mail inline.
 */
public interface ResetRequestQueue {
    /** Stores a request, due at once. */
    void enqueue(QueuedResetRequest request);

    /**
     * Takes up to {@code max} due requests, oldest first, and moves their due time to {@code now +
     * lease} in the same statement (skipping rows another node holds), so a node dying mid-send
     * leaves them to be retried after the lease.
     */
    List<QueuedResetRequest> claimDue(Instant now, Duration lease, int max);

    /** Keeps the request, due again at {@code nextAttemptAt} after {@code attempts} failures. */
    void retryLater(UUID id, int attempts, Instant nextAttemptAt);

    /** Deletes a handled (or given up) request. */
    void remove(UUID id);
}
