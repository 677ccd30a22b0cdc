package io.ensemble.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Persistence port of email/push deliveries. A delivery is PENDING until sent (SENT), found to have
 * no destination (SKIPPED) or out of attempts (FAILED); the last error is kept for operators.
 */
public interface DeliveryQueue {
    /** Queues a PENDING delivery due at its creation time, in the caller's transaction. */
    void enqueue(PendingDelivery delivery);

    /**
     * Takes up to {@code max} PENDING deliveries due at {@code now}, oldest first, and pushes their
     * due time to {@code now + lease} in the same statement (skipping rows another node is taking),
     * so a node that dies mid-send leaves them to be retried after the lease.
     */
    List<PendingDelivery> claimDue(Instant now, Duration lease, int max);

    /** Marks the delivery SENT at {@code at} after {@code attempts} tries. */
    void markSent(UUID deliveryId, int attempts, Instant at);

    /** Keeps the delivery PENDING, due again at {@code nextAttemptAt}, recording the error. */
    void retryLater(UUID deliveryId, int attempts, Instant nextAttemptAt, String error);

    /** Marks the delivery SKIPPED at {@code at}: nothing to send to (no address, no device), with the reason. */
    void markSkipped(UUID deliveryId, int attempts, Instant at, String reason);

    /** Marks the delivery FAILED for good at {@code at}, recording the error. */
    void markFailed(UUID deliveryId, int attempts, Instant at, String error);

    /**
     * @return whether a delivery of this type about this subject was queued for the user since
     *     {@code since} (collapses chat notifications when the in-app copy is off)
     */
    boolean queuedSince(UUID userId, NotificationType type, UUID subjectId, Instant since);
}
