package io.ensemble.hooks;

import io.ensemble.feed.FeedEntry;
import java.util.UUID;

/**
 * Port: POSTs one feed event to an endpoint (issue 26 §2): the event JSON as body,
 * {@code Ensemble-Signature} ({@link WebhookSignature}), {@code Ensemble-Delivery-Id} and
 * {@code Ensemble-Event-Id}, a 10 s timeout, and the address guard of {@link WebhookUrls} on the
 * resolved address. Never throws for an endpoint's failure: it is an {@link Attempt} without success.
 */
public interface WebhookSender {
    /**
     * @param unixTime the signature timestamp (seconds)
     * @return the outcome
     */
    Attempt send(WebhookEndpoint endpoint, FeedEntry event, UUID deliveryId, long unixTime);
}
