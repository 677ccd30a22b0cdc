--liquibase formatted sql

--changeset ensemble:banking-001-bank-items
--comment: one row per linked bank login (Plaid item); the access token only as Tink ciphertext (AD "bank_item:<id>")
CREATE TABLE bank_items (
    id                      uuid        PRIMARY KEY,
    user_id                 uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    provider                text        NOT NULL,
    provider_item_id        text        NOT NULL,
    institution_name        text        NOT NULL DEFAULT '',
    access_token_ciphertext bytea       NOT NULL,
    status                  text        NOT NULL DEFAULT 'ACTIVE'
        CONSTRAINT bank_items_status_check
        CHECK (status IN ('ACTIVE', 'LOGIN_REQUIRED', 'PENDING_EXPIRATION', 'REVOKED')),
    status_changed_at       timestamptz,
    created_at              timestamptz NOT NULL,
    CONSTRAINT bank_items_provider_item_key UNIQUE (provider, provider_item_id)
);
CREATE INDEX bank_items_user_idx ON bank_items (user_id);
--rollback DROP TABLE bank_items;

--changeset ensemble:banking-001-bank-accounts
--comment: accounts of an item in the provider's order (position): institution, name, mask (last digits only), type/subtype; never a full account number
CREATE TABLE bank_accounts (
    id                  uuid        PRIMARY KEY,
    user_id             uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    item_id             uuid        NOT NULL REFERENCES bank_items (id) ON DELETE CASCADE,
    provider_account_id text        NOT NULL,
    name                text        NOT NULL DEFAULT '',
    mask                varchar(4)  NOT NULL DEFAULT '',
    type                text        NOT NULL DEFAULT '',
    subtype             text,
    position            integer     NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL,
    CONSTRAINT bank_accounts_item_account_key UNIQUE (item_id, provider_account_id)
);
CREATE INDEX bank_accounts_user_idx ON bank_accounts (user_id, created_at);
--rollback DROP TABLE bank_accounts;

--changeset ensemble:banking-001-bank-webhook-events
--comment: inbox of verified bank-link provider webhooks; a delivery is processed only when its row is new
CREATE TABLE bank_webhook_events (
    provider         text        NOT NULL,
    dedupe_key       text        NOT NULL,
    webhook_type     text        NOT NULL,
    webhook_code     text        NOT NULL,
    provider_item_id text,
    received_at      timestamptz NOT NULL,
    PRIMARY KEY (provider, dedupe_key)
);
--rollback DROP TABLE bank_webhook_events;
