--liquibase formatted sql

--changeset ensemble:payments-002-payout-accounts
--comment: payees' accounts at the payment provider (Stripe Connect), one per user and provider (issue 8 §3)
CREATE TABLE payout_accounts (
    user_id         uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    provider        text        NOT NULL,
    account_id      text        NOT NULL,
    payouts_enabled boolean     NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    CONSTRAINT payout_accounts_pkey PRIMARY KEY (user_id, provider),
    CONSTRAINT payout_accounts_account_key UNIQUE (provider, account_id)
);
--rollback DROP TABLE payout_accounts;

--changeset ensemble:payments-002-webhook-events
--comment: inbox of provider webhooks (DESIGN §Patterns): each (provider, event_id) processed once
CREATE TABLE payment_webhook_events (
    provider    text        NOT NULL,
    event_id    text        NOT NULL,
    type        text        NOT NULL,
    received_at timestamptz NOT NULL,
    CONSTRAINT payment_webhook_events_pkey PRIMARY KEY (provider, event_id)
);
--rollback DROP TABLE payment_webhook_events;

--changeset ensemble:payments-002-provider-columns
--comment: why the last attempt to pay failed (payment_intent.payment_failed); payouts found by transfer id
ALTER TABLE payments ADD COLUMN failure_reason text;
CREATE INDEX payouts_provider_ref_idx ON payouts (provider_ref) WHERE provider_ref IS NOT NULL;
--rollback DROP INDEX payouts_provider_ref_idx; ALTER TABLE payments DROP COLUMN failure_reason;
