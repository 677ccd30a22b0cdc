package io.ensemble.persistence.payments;

import io.ensemble.payments.WebhookInbox;
import io.ensemble.persistence.JdbiHandles;
import io.ensemble.persistence.SqlTime;
import java.time.Instant;
import java.util.Objects;

/**
 * {@link WebhookInbox} on {@code payment_webhook_events}: {@code INSERT … ON CONFLICT DO NOTHING} on
 * the primary key {@code (provider, event_id)}. A concurrent insert of the same id waits on the
 * index until the first transaction ends, then inserts nothing (or takes over if that one rolled back).
 */
public final class JdbiWebhookInbox implements WebhookInbox {
    private static final String INSERT = "INSERT INTO payment_webhook_events (provider, event_id, type, received_at)"
            + " VALUES (:provider, :eventId, :type, :at) ON CONFLICT DO NOTHING";

    private final JdbiHandles handles;

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiWebhookInbox(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    @Override
    public boolean record(String provider, String eventId, String type, Instant receivedAt) {
        return handles.with(h -> h.createUpdate(INSERT).bind("provider", provider).bind("eventId", eventId)
                .bind("type", type).bind("at", SqlTime.at(receivedAt)).execute()) == 1;
    }
}
