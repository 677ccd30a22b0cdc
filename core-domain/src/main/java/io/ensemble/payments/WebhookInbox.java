package io.ensemble.payments;

import java.time.Instant;

/**
 * Persistence port of the webhook inbox (DESIGN §Patterns "Inbox for provider webhooks"):
 * {@code (provider, event_id)} is unique, so each event is processed once. Joins the caller's
 * transaction; a concurrent duplicate waits for the first one's commit and then stores nothing.
 */
public interface WebhookInbox {
    /**
     * @param type the provider's event type, kept for audit
     * @return true when the event is new (process it), false when it was already stored
     */
    boolean record(String provider, String eventId, String type, Instant receivedAt);
}
