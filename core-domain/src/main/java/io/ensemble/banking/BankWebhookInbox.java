package io.ensemble.banking;

import java.time.Instant;

/**
 * Persistence port of the webhook inbox ({@code webhook_events}, provider and dedupe key unique): one row
 * per verified delivery (DESIGN §Patterns "Inbox for provider webhooks").
 */
public interface BankWebhookInbox {
    /**
     * Records a delivery.
     *
     * @return true when it was new, false when the same delivery was already recorded
     */
    boolean record(BankWebhook webhook, Instant receivedAt);
}
