--liquibase formatted sql

--changeset ensemble:notifications-003-preferences-deliveries
--comment: notification preferences per type and channel, push devices, queued email/push deliveries, chat collapse (issue 5 §4)
CREATE TABLE notification_preferences (
    user_id uuid    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    type    text    NOT NULL,
    in_app  boolean NOT NULL,
    email   boolean NOT NULL,
    push    boolean NOT NULL,
    PRIMARY KEY (user_id, type)
);

CREATE TABLE push_devices (
    token         text        PRIMARY KEY,
    user_id       uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    platform      text        NOT NULL CONSTRAINT push_devices_platform_check CHECK (platform IN ('ANDROID', 'IOS', 'WEB')),
    registered_at timestamptz NOT NULL
);
CREATE INDEX push_devices_user_idx ON push_devices (user_id, registered_at);

CREATE TABLE notification_deliveries (
    id              uuid        PRIMARY KEY,
    user_id         uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    channel         text        NOT NULL CONSTRAINT notification_deliveries_channel_check CHECK (channel IN ('EMAIL', 'PUSH')),
    type            text        NOT NULL,
    title           text        NOT NULL,
    body            text        NOT NULL,
    notification_id uuid,
    subject_id      uuid,
    status          text        NOT NULL DEFAULT 'PENDING'
        CONSTRAINT notification_deliveries_status_check CHECK (status IN ('PENDING', 'SENT', 'SKIPPED', 'FAILED')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error      text,
    created_at      timestamptz NOT NULL,
    finished_at     timestamptz
);
CREATE INDEX notification_deliveries_due_idx ON notification_deliveries (next_attempt_at, id) WHERE status = 'PENDING';
CREATE INDEX notification_deliveries_subject_idx ON notification_deliveries (user_id, type, subject_id, created_at);

-- one unread chat notification per user and conversation ("one per conversation until read")
CREATE UNIQUE INDEX notifications_collapsed_unread_key ON notifications (user_id, type, subject_id)
    WHERE read_at IS NULL AND type = 'NEW_MESSAGE';
--rollback DROP INDEX notifications_collapsed_unread_key; DROP TABLE notification_deliveries; DROP TABLE push_devices; DROP TABLE notification_preferences;
