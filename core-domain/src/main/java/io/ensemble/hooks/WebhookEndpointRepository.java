package io.ensemble.hooks;

import io.ensemble.feed.FeedEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence port of webhook endpoints and their per-endpoint delivery lease (issue 26 §2). */
public interface WebhookEndpointRepository {
    void insert(WebhookEndpoint endpoint);

    /** Overwrites every field. @return false when the endpoint is gone */
    boolean update(WebhookEndpoint endpoint);

    Optional<WebhookEndpoint> find(UUID id);

    /** @return every endpoint, oldest first */
    List<WebhookEndpoint> all();

    /** Deletes the endpoint and its deliveries. @return false when it was not there */
    boolean delete(UUID id);

    /**
     * Adds a PENDING delivery, due at {@code now}, for every enabled endpoint subscribed to the
     * event's type (or {@code *}), in the caller's transaction (the outbox relay's).
     *
     * @param retryUntil when the retries of these deliveries end
     * @return how many deliveries were added
     */
    int enqueue(FeedEntry event, Instant now, Instant retryUntil);

    /**
     * Leases up to {@code max} enabled endpoints that have a due delivery and no live lease, so one
     * worker on one node sends to each endpoint at a time.
     *
     * @return the leased endpoints
     */
    List<WebhookEndpoint> leaseDue(Instant now, Instant leaseUntil, int max);

    /** Extends the lease of an endpoint. */
    void renewLease(UUID endpointId, Instant leaseUntil);

    /** Ends the lease of an endpoint. */
    void releaseLease(UUID endpointId);
}
