--liquibase formatted sql

--changeset ensemble:shared-002-webhook-events
--comment: one inbox of provider webhooks (DESIGN §Patterns): webhook_events(provider, event_id) unique; folds payment_webhook_events (Stripe event ids) and bank_webhook_events (Plaid deliveries) into it, rows copied
CREATE TABLE webhook_events (
    provider    text        NOT NULL,
    event_id    text        NOT NULL,
    type        text        NOT NULL,
    code        text,
    subject     text,
    received_at timestamptz NOT NULL,
    CONSTRAINT webhook_events_pkey PRIMARY KEY (provider, event_id)
);
INSERT INTO webhook_events (provider, event_id, type, received_at)
    SELECT provider, event_id, type, received_at FROM payment_webhook_events
    ON CONFLICT (provider, event_id) DO NOTHING;
INSERT INTO webhook_events (provider, event_id, type, code, subject, received_at)
    SELECT provider, dedupe_key, webhook_type, webhook_code, provider_item_id, received_at FROM bank_webhook_events
    ON CONFLICT (provider, event_id) DO NOTHING;
DROP TABLE payment_webhook_events;
DROP TABLE bank_webhook_events;
--rollback CREATE TABLE payment_webhook_events (provider text NOT NULL, event_id text NOT NULL, type text NOT NULL, received_at timestamptz NOT NULL, CONSTRAINT payment_webhook_events_pkey PRIMARY KEY (provider, event_id));
--rollback CREATE TABLE bank_webhook_events (provider text NOT NULL, dedupe_key text NOT NULL, webhook_type text NOT NULL, webhook_code text NOT NULL, provider_item_id text, received_at timestamptz NOT NULL, PRIMARY KEY (provider, dedupe_key));
--rollback INSERT INTO payment_webhook_events SELECT provider, event_id, type, received_at FROM webhook_events WHERE code IS NULL;
--rollback INSERT INTO bank_webhook_events SELECT provider, event_id, type, code, subject, received_at FROM webhook_events WHERE code IS NOT NULL;
--rollback DROP TABLE webhook_events;
