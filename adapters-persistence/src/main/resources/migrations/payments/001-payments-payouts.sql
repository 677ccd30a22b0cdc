--liquibase formatted sql

--changeset ensemble:payments-001-payments
--comment: one payment per order (issue 8 §3): gateway name, provider reference, amount in minor units
CREATE TABLE payments (
    order_id     uuid        PRIMARY KEY REFERENCES orders (id) ON DELETE CASCADE,
    provider     text        NOT NULL,
    provider_ref text        NOT NULL,
    amount       bigint      NOT NULL CONSTRAINT payments_amount_check CHECK (amount > 0),
    currency     text        NOT NULL CONSTRAINT payments_currency_check CHECK (currency ~ '^[A-Z]{3}$'),
    status       text        NOT NULL
        CONSTRAINT payments_status_check CHECK (status IN ('PENDING', 'SUCCEEDED', 'REFUNDED', 'FAILED')),
    refund_ref   text,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);
CREATE UNIQUE INDEX payments_provider_ref_key ON payments (provider, provider_ref);
--rollback DROP TABLE payments;

--changeset ensemble:payments-001-payouts
--comment: ledger of money owed to users (issue 8 §3, seeds/003 §Payouts); net = gross - fee
CREATE TABLE payouts (
    id           uuid        PRIMARY KEY,
    user_id      uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    order_id     uuid        NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    gross_amount bigint      NOT NULL CONSTRAINT payouts_gross_check CHECK (gross_amount > 0),
    fee_amount   bigint      NOT NULL CONSTRAINT payouts_fee_check CHECK (fee_amount >= 0),
    net_amount   bigint      NOT NULL,
    currency     text        NOT NULL CONSTRAINT payouts_currency_check CHECK (currency ~ '^[A-Z]{3}$'),
    status       text        NOT NULL CONSTRAINT payouts_status_check CHECK (status IN ('PENDING', 'PAID', 'FAILED')),
    provider_ref text,
    note         text,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    CONSTRAINT payouts_net_check CHECK (net_amount = gross_amount - fee_amount AND net_amount > 0),
    CONSTRAINT payouts_order_key UNIQUE (order_id)
);
CREATE INDEX payouts_user_idx ON payouts (user_id, created_at DESC, id DESC);
--rollback DROP TABLE payouts;
