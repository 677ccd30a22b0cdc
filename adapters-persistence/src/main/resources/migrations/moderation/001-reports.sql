--liquibase formatted sql

--changeset ensemble:moderation-001-reports
--comment: user reports of users, messages, profiles and packages (issue 20 §3), one per reporter and target; the admin queue lists them newest first by status
CREATE TABLE reports (
    id                uuid        PRIMARY KEY,
    reporter_id       uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    target_type       text        NOT NULL
        CONSTRAINT reports_target_type_check CHECK (target_type IN ('user', 'message', 'profile', 'package')),
    target_id         uuid        NOT NULL,
    author_id         uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    reason            text        NOT NULL CONSTRAINT reports_reason_check CHECK (reason ~ '^[a-z][a-z_]*$'),
    note              text,
    status            text        NOT NULL CONSTRAINT reports_status_check CHECK (status IN ('open', 'resolved')),
    resolution_action text        CONSTRAINT reports_action_check
        CHECK (resolution_action IN ('dismiss', 'remove_content', 'suspend_user')),
    resolution_note   text,
    resolved_by       uuid,
    resolved_at       timestamptz,
    created_at        timestamptz NOT NULL,
    CONSTRAINT reports_reporter_target_key UNIQUE (reporter_id, target_type, target_id),
    CONSTRAINT reports_resolution_check CHECK ((status = 'resolved') = (resolution_action IS NOT NULL AND resolved_by IS NOT NULL AND resolved_at IS NOT NULL))
);
CREATE INDEX reports_queue_idx ON reports (status, created_at DESC, id DESC);
CREATE INDEX reports_created_idx ON reports (created_at DESC, id DESC);
CREATE INDEX reports_author_idx ON reports (author_id);
--rollback DROP TABLE reports;
