package io.ensemble.persistence.banking;

import io.ensemble.banking.BankWebhook;
import io.ensemble.banking.BankWebhookInbox;
import io.ensemble.persistence.JdbiHandles;
import io.ensemble.persistence.SqlTime;
import java.time.Instant;
import java.util.Objects;

/** {@link BankWebhookInbox} on {@code bank_webhook_events}: the primary key refuses a second row for a delivery. */
public final class JdbiBankWebhookInbox implements BankWebhookInbox {
    private static final String INSERT = "INSERT INTO bank_webhook_events (provider, dedupe_key, webhook_type, "
            + "webhook_code, provider_item_id, received_at) VALUES (:provider, :key, :type, :code, :itemId, :at) "
            + "ON CONFLICT (provider, dedupe_key) DO NOTHING";

    private final JdbiHandles handles;

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiBankWebhookInbox(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    @Override
    public boolean record(BankWebhook webhook, Instant receivedAt) {
        return handles.with(h -> h.createUpdate(INSERT)
                .bind("provider", webhook.provider())
                .bind("key", webhook.dedupeKey())
                .bind("type", webhook.type())
                .bind("code", webhook.code())
                .bind("itemId", webhook.providerItemId().orElse(null))
                .bind("at", SqlTime.at(receivedAt))
                .execute()) > 0;
    }
}
