--liquibase formatted sql

--changeset ensemble:privacy-001-privacy-requests
--comment: account erasure and data export requests (issue 20 §4), worked through step by step by the privacy job; steps_done is saved after each step so a crashed run is resumed by a later one once lease_until has passed. terms holds the personal strings to scrub while the erasure runs and is emptied when it is done.
CREATE TABLE privacy_requests (
    id           uuid        PRIMARY KEY,
    user_id      uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind         text        NOT NULL CONSTRAINT privacy_requests_kind_check CHECK (kind IN ('ERASURE', 'EXPORT')),
    status       text        NOT NULL CONSTRAINT privacy_requests_status_check CHECK (status IN ('PENDING', 'RUNNING', 'DONE')),
    requested_by uuid        NOT NULL,
    steps_done   integer     NOT NULL DEFAULT 0 CONSTRAINT privacy_requests_steps_check CHECK (steps_done >= 0 AND steps_done <= steps_total),
    steps_total  integer     NOT NULL,
    terms        text[]      NOT NULL DEFAULT '{}',
    archive_key  text,
    error        text,
    lease_until  timestamptz,
    created_at   timestamptz NOT NULL,
    finished_at  timestamptz
);
CREATE INDEX privacy_requests_user_idx ON privacy_requests (user_id, kind, created_at DESC);
CREATE INDEX privacy_requests_open_idx ON privacy_requests (created_at) WHERE status <> 'DONE';
--rollback DROP TABLE privacy_requests;

--changeset ensemble:privacy-001-deleted-status
--comment: an account closed for deletion (issue 20 §4) keeps its row, pseudonymised, for the orders, payments and payouts that reference it
ALTER TABLE users DROP CONSTRAINT users_status_check;
ALTER TABLE users ADD CONSTRAINT users_status_check CHECK (status IN ('ACTIVE', 'SUSPENDED', 'DELETED'));
--rollback ALTER TABLE users DROP CONSTRAINT users_status_check;
--rollback ALTER TABLE users ADD CONSTRAINT users_status_check CHECK (status IN ('ACTIVE', 'SUSPENDED'));
