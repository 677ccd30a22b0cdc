--liquibase formatted sql

--changeset ensemble:events-002-tickets
--comment: tickets of paid events (issue 21 §3): bought through the PaymentGateway (payment id = ticket id), one held (PENDING or PAID) ticket per user and event, an unguessable check-in code, used once
CREATE TABLE event_tickets (
    id           uuid        PRIMARY KEY,
    event_id     uuid        NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id      uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code         text        NOT NULL CONSTRAINT event_tickets_code_key UNIQUE,
    status       text        NOT NULL
        CONSTRAINT event_tickets_status_check CHECK (status IN ('PENDING', 'PAID', 'REFUNDED', 'VOID')),
    amount       bigint      NOT NULL CONSTRAINT event_tickets_amount_check CHECK (amount > 0),
    currency     text        NOT NULL CONSTRAINT event_tickets_currency_check CHECK (currency ~ '^[A-Z]{3}$'),
    provider     text        NOT NULL,
    provider_ref text        NOT NULL,
    refund_ref   text,
    used_at      timestamptz,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    CONSTRAINT event_tickets_used_check CHECK (used_at IS NULL OR status IN ('PAID', 'REFUNDED'))
);
CREATE UNIQUE INDEX event_tickets_provider_ref_key ON event_tickets (provider, provider_ref);
CREATE UNIQUE INDEX event_tickets_held_key ON event_tickets (event_id, user_id) WHERE status IN ('PENDING', 'PAID');
CREATE INDEX event_tickets_event_idx ON event_tickets (event_id, status);
CREATE INDEX event_tickets_user_idx ON event_tickets (user_id, created_at DESC);
--rollback DROP TABLE event_tickets;

--changeset ensemble:events-002-reminders
--comment: which going attendee was reminded of which event (issue 21 §2), so the reminder job sends each once
CREATE TABLE event_reminders (
    event_id uuid        NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id  uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    sent_at  timestamptz NOT NULL,
    PRIMARY KEY (event_id, user_id)
);
CREATE INDEX events_upcoming_idx ON events (starts_at) WHERE status = 'ACTIVE';
--rollback DROP TABLE event_reminders; DROP INDEX events_upcoming_idx;
