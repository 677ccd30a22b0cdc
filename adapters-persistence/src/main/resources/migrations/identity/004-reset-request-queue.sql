--liquibase formatted sql

--changeset ensemble:identity-004-reset-request-queue
--comment: forgot-password requests queued for the background mailer (issue 28 §4): every address is queued alike
CREATE TABLE password_reset_requests (
    id              uuid        PRIMARY KEY,
    email           text        NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    requested_at    timestamptz NOT NULL,
    next_attempt_at timestamptz NOT NULL
);
CREATE INDEX password_reset_requests_due_idx ON password_reset_requests (next_attempt_at, id);
--rollback DROP TABLE password_reset_requests;
