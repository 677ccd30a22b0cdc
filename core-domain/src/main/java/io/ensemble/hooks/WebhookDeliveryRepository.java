package io.ensemble.hooks;

import io.ensemble.shared.paging.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence port of webhook deliveries (issue 26 §2). */
public interface WebhookDeliveryRepository {
    /** @return the due PENDING delivery of the endpoint with the lowest feed sequence number */
    Optional<WebhookDelivery> nextDue(UUID endpointId, Instant now);

    /**
     * Stores an attempt's outcome: the new status, the attempt count + 1, the answer and when the
     * next attempt is due (empty unless PENDING).
     */
    void recordAttempt(UUID deliveryId, DeliveryStatus status, Attempt attempt, Instant at,
                       Optional<Instant> nextAttemptAt);

    /**
     * @return the endpoint's deliveries, newest first ({@code (created_at, id)} cursor), one more than
     *     the limit when there are more
     */
    List<WebhookDelivery> page(UUID endpointId, PageRequest page);

    Optional<WebhookDelivery> find(UUID endpointId, UUID deliveryId);

    /** Makes the delivery PENDING again, due at {@code now}, retried until {@code retryUntil}. */
    void redeliver(UUID deliveryId, Instant now, Instant retryUntil);
}
