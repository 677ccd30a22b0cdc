package io.ensemble.hooks;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One feed event to deliver to one endpoint, with the outcome of its last attempt (issue 26 §2).
 *
 * @param eventSeq the feed sequence number of the event
 * @param eventId the feed event id, sent as the idempotency header
 * @param attempts attempts made so far
 * @param responseCode HTTP status of the last attempt, when one answered
 * @param durationMs duration of the last attempt in milliseconds
 * @param error why the last attempt failed without a status (timeout, refused address …)
 * @param nextAttemptAt when a PENDING delivery is due
 * @param retryUntil after this instant a failed attempt marks the delivery FAILED (3 days after enqueue)
 */
public record WebhookDelivery(UUID id, UUID endpointId, long eventSeq, UUID eventId, String eventType,
                              DeliveryStatus status, int attempts, Optional<Integer> responseCode,
                              Optional<Long> durationMs, Optional<String> error, Optional<Instant> nextAttemptAt,
                              Instant retryUntil, Instant createdAt, Optional<Instant> lastAttemptAt) {
    public WebhookDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(endpointId, "endpointId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(responseCode, "responseCode");
        Objects.requireNonNull(durationMs, "durationMs");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(retryUntil, "retryUntil");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastAttemptAt, "lastAttemptAt");
    }
}
