package io.ensemble.hooks;

import io.ensemble.shared.paging.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A delivery repository with nothing in it (for tests that do not dispatch). */
final class NoDeliveries implements WebhookDeliveryRepository {
    @Override
    public Optional<WebhookDelivery> nextDue(UUID endpointId, Instant now) {
        return Optional.empty();
    }

    @Override
    public void recordAttempt(UUID deliveryId, DeliveryStatus status, Attempt attempt, Instant at,
                              Optional<Instant> nextAttemptAt) {
    }

    @Override
    public List<WebhookDelivery> page(UUID endpointId, PageRequest page) {
        return List.of();
    }

    @Override
    public Optional<WebhookDelivery> find(UUID endpointId, UUID deliveryId) {
        return Optional.empty();
    }

    @Override
    public void redeliver(UUID deliveryId, Instant now, Instant retryUntil) {
    }
}
