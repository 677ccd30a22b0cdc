--liquibase formatted sql

--changeset ensemble:agency-001-applications-tasks
--comment: agency back office (issue 22 §1, seeds/003): applications to join the team (pending → approved | rejected, compare-and-set on version), tasks with their assignees, attachments and comments
CREATE TABLE agency_applications (
    id               uuid        PRIMARY KEY,
    name             text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    email            text        NOT NULL CHECK (char_length(email) BETWEEN 3 AND 254),
    phone            text        CHECK (char_length(phone) <= 32),
    role_applied_for text        CHECK (char_length(role_applied_for) <= 60),
    portfolio_links  text[]      NOT NULL DEFAULT '{}',
    message          text        NOT NULL DEFAULT '' CHECK (char_length(message) <= 2000),
    status           text        NOT NULL CONSTRAINT agency_applications_status_check
        CHECK (status IN ('pending', 'approved', 'rejected')),
    version          bigint      NOT NULL,
    member_id        uuid        REFERENCES users (id) ON DELETE SET NULL,
    decided_by       uuid        REFERENCES users (id) ON DELETE SET NULL,
    decided_at       timestamptz,
    created_at       timestamptz NOT NULL
);
CREATE INDEX agency_applications_list_idx ON agency_applications (created_at DESC, id DESC);
CREATE INDEX agency_applications_status_idx ON agency_applications (status, created_at DESC, id DESC);
CREATE INDEX agency_applications_member_idx ON agency_applications (member_id);
CREATE INDEX agency_applications_decided_by_idx ON agency_applications (decided_by);

CREATE TABLE agency_tasks (
    id          uuid        PRIMARY KEY,
    title       text        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    description text        NOT NULL DEFAULT '' CHECK (char_length(description) <= 5000),
    due_at      timestamptz,
    priority    text        NOT NULL CHECK (priority IN ('low', 'medium', 'high', 'urgent')),
    status      text        NOT NULL CHECK (status IN ('todo', 'in_progress', 'review', 'done')),
    created_by  uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    version     bigint      NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);
CREATE INDEX agency_tasks_list_idx ON agency_tasks (created_at DESC, id DESC);
CREATE INDEX agency_tasks_created_by_idx ON agency_tasks (created_by);

CREATE TABLE agency_task_assignees (
    task_id  uuid NOT NULL REFERENCES agency_tasks (id) ON DELETE CASCADE,
    user_id  uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    position int  NOT NULL,
    PRIMARY KEY (task_id, user_id)
);
CREATE INDEX agency_task_assignees_user_idx ON agency_task_assignees (user_id, task_id);

CREATE TABLE agency_task_attachments (
    task_id  uuid NOT NULL REFERENCES agency_tasks (id) ON DELETE CASCADE,
    media_id uuid NOT NULL,
    position int  NOT NULL,
    PRIMARY KEY (task_id, media_id)
);

CREATE TABLE agency_task_comments (
    id         uuid        PRIMARY KEY,
    task_id    uuid        NOT NULL REFERENCES agency_tasks (id) ON DELETE CASCADE,
    author_id  uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body       text        NOT NULL CHECK (char_length(body) BETWEEN 1 AND 2000),
    created_at timestamptz NOT NULL
);
CREATE INDEX agency_task_comments_task_idx ON agency_task_comments (task_id, created_at, id);
CREATE INDEX agency_task_comments_author_idx ON agency_task_comments (author_id);
--rollback DROP TABLE agency_task_comments; DROP TABLE agency_task_attachments; DROP TABLE agency_task_assignees; DROP TABLE agency_tasks; DROP TABLE agency_applications;
