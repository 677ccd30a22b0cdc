--liquibase formatted sql

--changeset ensemble:blocks-001-user-blocks
--comment: user blocks (issue 27): a block in either direction stops direct chat, contacts, connection requests
CREATE TABLE user_blocks (
    blocker_id uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    blocked_id uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (blocker_id, blocked_id),
    CONSTRAINT user_blocks_self_check CHECK (blocker_id <> blocked_id)
);
CREATE INDEX user_blocks_blocked_idx ON user_blocks (blocked_id, blocker_id);
--rollback DROP TABLE user_blocks;
