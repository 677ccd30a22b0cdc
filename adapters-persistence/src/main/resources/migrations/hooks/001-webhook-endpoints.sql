--liquibase formatted sql

--changeset ensemble:hooks-001-endpoints
--comment: outgoing webhooks (issue 26 §2): endpoints with a lease so one worker on one node sends to each at a time, and their deliveries (one per endpoint and feed event)
CREATE TABLE webhook_endpoints (
    id              uuid        PRIMARY KEY,
    url             text        NOT NULL,
    types           text[]      NOT NULL,
    description     text        NOT NULL DEFAULT '',
    secret          text        NOT NULL,
    enabled         boolean     NOT NULL,
    disabled_reason text,
    failing_since   timestamptz,
    leased_until    timestamptz,
    created_by      uuid        NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);
CREATE TABLE webhook_deliveries (
    id              uuid        PRIMARY KEY,
    endpoint_id     uuid        NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    event_seq       bigint      NOT NULL,
    event_id        uuid        NOT NULL,
    event_type      text        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
    attempts        integer     NOT NULL DEFAULT 0,
    response_code   integer,
    duration_ms     bigint,
    error           text,
    next_attempt_at timestamptz,
    retry_until     timestamptz NOT NULL,
    created_at      timestamptz NOT NULL,
    last_attempt_at timestamptz,
    UNIQUE (endpoint_id, event_seq)
);
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (endpoint_id, event_seq)
    WHERE status = 'PENDING';
CREATE INDEX webhook_deliveries_list_idx ON webhook_deliveries (endpoint_id, created_at DESC, id DESC);
--rollback DROP TABLE webhook_deliveries;
--rollback DROP TABLE webhook_endpoints;
