--liquibase formatted sql

--changeset ensemble:notifications-002-outbox
--comment: transactional outbox (DESIGN §Patterns "Outbox"), shared by every context; relayed after commit
CREATE TABLE outbox (
    id           uuid        PRIMARY KEY,
    type         text        NOT NULL,
    recipient_id uuid        NOT NULL,
    payload      jsonb       NOT NULL,
    created_at   timestamptz NOT NULL,
    published_at timestamptz
);
CREATE INDEX outbox_unpublished_idx ON outbox (created_at, id) WHERE published_at IS NULL;
--rollback DROP TABLE outbox;
