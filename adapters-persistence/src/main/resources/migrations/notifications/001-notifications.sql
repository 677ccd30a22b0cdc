--liquibase formatted sql

--changeset ensemble:notifications-001-notifications
--comment: in-app notifications (seeds/001 §Notifications), listed newest first per user
CREATE TABLE notifications (
    id         uuid        PRIMARY KEY,
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    type       text        NOT NULL,
    title      text        NOT NULL,
    body       text        NOT NULL,
    actor_id   uuid,
    subject_id uuid,
    read_at    timestamptz,
    created_at timestamptz NOT NULL
);
CREATE INDEX notifications_user_created_idx ON notifications (user_id, created_at DESC, id DESC);
CREATE INDEX notifications_user_unread_idx ON notifications (user_id) WHERE read_at IS NULL;
--rollback DROP TABLE notifications;
