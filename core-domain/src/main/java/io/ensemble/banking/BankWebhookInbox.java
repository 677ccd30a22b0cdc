package io.ensemble.banking;

import java.time.Instant;

/** Persistence port of {@code bank_webhook_events}: one row per verified delivery (DESIGN §Inbox for provider webhooks). */
public interface BankWebhookInbox {
    /**
     * Records a delivery.
     *
     * @return true when it was new, false when the same delivery was already recorded
     */
    boolean record(BankWebhook webhook, Instant receivedAt);
}
