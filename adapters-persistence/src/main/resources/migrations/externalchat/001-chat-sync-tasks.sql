--liquibase formatted sql

--changeset ensemble:externalchat-001-chat-sync-tasks
--comment: calls to the hosted chat (Stream) still to be made (issue 23 §4), queued by the outbox relay in the transaction that relays the order event (id = that event's id, so a second relay queues nothing), removed when the call succeeded, retried with backoff otherwise. No foreign keys: a row names users only by id and goes away once sent.
CREATE TABLE chat_sync_tasks (
    id               uuid        PRIMARY KEY,
    kind             text        NOT NULL CHECK (kind IN ('OPEN_CHANNEL', 'POST_MESSAGE')),
    order_id         uuid        NOT NULL,
    sender_id        uuid        NOT NULL,
    members          uuid[]      NOT NULL DEFAULT '{}',
    body             text        NOT NULL CHECK (char_length(body) BETWEEN 1 AND 5000),
    attempts         integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at  timestamptz NOT NULL,
    last_error       text,
    created_at       timestamptz NOT NULL
);
CREATE INDEX chat_sync_tasks_due_idx ON chat_sync_tasks (next_attempt_at, created_at, id);
CREATE INDEX chat_sync_tasks_order_idx ON chat_sync_tasks (order_id, created_at, id);
--rollback DROP TABLE chat_sync_tasks;
