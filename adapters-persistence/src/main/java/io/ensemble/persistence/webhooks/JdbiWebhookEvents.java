package io.ensemble.persistence.webhooks;

import io.ensemble.banking.BankWebhook;
import io.ensemble.banking.BankWebhookInbox;
import io.ensemble.payments.WebhookInbox;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.SqlTime;
import java.time.Instant;
import java.util.Objects;

/**
 * The one inbox of provider webhooks (DESIGN §Patterns "Inbox for provider webhooks") on
 * {@code webhook_events}, primary key {@code (provider, event_id)}. It serves both domain ports: the
 * payments {@link WebhookInbox} (Stripe {@code event.id}) and the banking {@link BankWebhookInbox}
 * (a Plaid delivery's dedupe key, with its webhook code and item in {@code code} / {@code subject}).
 * The insert is {@code ON CONFLICT DO NOTHING} in the caller's transaction: a concurrent insert of
 * the same id waits on the index until the first transaction ends, then inserts nothing (or takes
 * over if that one rolled back), so each event is processed once.
 */
public final class JdbiWebhookEvents implements WebhookInbox, BankWebhookInbox {
    private static final String INSERT = "INSERT INTO webhook_events (provider, event_id, type, code, subject,"
            + " received_at) VALUES (:provider, :eventId, :type, :code, :subject, :at)"
            + " ON CONFLICT (provider, event_id) DO NOTHING";

    private final JdbiHandles handles;

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiWebhookEvents(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    /** Payment provider events: {@code (provider, eventId)} with the event type; no code or subject. */
    @Override
    public boolean record(String provider, String eventId, String type, Instant receivedAt) {
        return insert(provider, eventId, type, null, null, receivedAt);
    }

    /** Bank-link provider deliveries: the dedupe key is the event id; code and item kept for audit. */
    @Override
    public boolean record(BankWebhook webhook, Instant receivedAt) {
        return insert(webhook.provider(), webhook.dedupeKey(), webhook.type(), webhook.code(),
                webhook.providerItemId().orElse(null), receivedAt);
    }

    private boolean insert(String provider, String eventId, String type, String code, String subject, Instant at) {
        return handles.with(h -> h.createUpdate(INSERT).bind("provider", provider).bind("eventId", eventId)
                .bind("type", type).bind("code", code).bind("subject", subject).bind("at", SqlTime.at(at))
                .execute()) == 1;
    }
}
