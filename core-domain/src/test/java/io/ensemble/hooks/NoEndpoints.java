package io.ensemble.hooks;

import io.ensemble.feed.FeedEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An endpoint repository with nothing in it (for tests that do not dispatch). */
final class NoEndpoints implements WebhookEndpointRepository {
    @Override
    public void insert(WebhookEndpoint endpoint) {
    }

    @Override
    public boolean update(WebhookEndpoint endpoint) {
        return false;
    }

    @Override
    public Optional<WebhookEndpoint> find(UUID id) {
        return Optional.empty();
    }

    @Override
    public List<WebhookEndpoint> all() {
        return List.of();
    }

    @Override
    public boolean delete(UUID id) {
        return false;
    }

    @Override
    public int enqueue(FeedEntry event, Instant now, Instant retryUntil) {
        return 0;
    }

    @Override
    public List<WebhookEndpoint> leaseDue(Instant now, Instant leaseUntil, int max) {
        return List.of();
    }

    @Override
    public void renewLease(UUID endpointId, Instant leaseUntil) {
    }

    @Override
    public void releaseLease(UUID endpointId) {
    }
}
