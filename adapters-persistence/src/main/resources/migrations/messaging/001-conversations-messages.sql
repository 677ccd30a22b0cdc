--liquibase formatted sql

--changeset ensemble:messaging-001-conversations-messages
--comment: conversations (DIRECT unique per unordered pair), members with read positions, messages with per-conversation seq
CREATE TABLE conversations (
    id           uuid        PRIMARY KEY,
    type         text        NOT NULL CONSTRAINT conversations_type_check CHECK (type IN ('DIRECT', 'GROUP')),
    name         text,
    owner_id     uuid        REFERENCES users (id) ON DELETE SET NULL,
    subject_type text,
    subject_id   uuid,
    direct_low   uuid,
    direct_high  uuid,
    last_seq     bigint      NOT NULL DEFAULT 0 CONSTRAINT conversations_last_seq_check CHECK (last_seq >= 0),
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    CONSTRAINT conversations_direct_pair_check CHECK (
        (type = 'DIRECT' AND direct_low IS NOT NULL AND direct_high IS NOT NULL AND direct_low < direct_high)
        OR (type = 'GROUP' AND direct_low IS NULL AND direct_high IS NULL AND name IS NOT NULL))
);
CREATE UNIQUE INDEX conversations_direct_pair_key ON conversations (direct_low, direct_high) WHERE type = 'DIRECT';
CREATE INDEX conversations_subject_idx ON conversations (subject_type, subject_id) WHERE subject_id IS NOT NULL;

CREATE TABLE conversation_members (
    conversation_id uuid        NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    user_id         uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    last_read_seq   bigint      NOT NULL DEFAULT 0,
    joined_at       timestamptz NOT NULL,
    PRIMARY KEY (conversation_id, user_id)
);
CREATE INDEX conversation_members_user_idx ON conversation_members (user_id);

CREATE TABLE messages (
    id                uuid        PRIMARY KEY,
    conversation_id   uuid        NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    sender_id         uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    type              text        NOT NULL CONSTRAINT messages_type_check CHECK (type IN ('TEXT', 'IMAGE', 'FILE', 'SYSTEM')),
    content           text,
    attachments       text[]      NOT NULL DEFAULT '{}',
    seq               bigint      NOT NULL,
    client_message_id text,
    created_at        timestamptz NOT NULL,
    edited_at         timestamptz,
    deleted           boolean     NOT NULL DEFAULT false,
    CONSTRAINT messages_conversation_seq_key UNIQUE (conversation_id, seq),
    CONSTRAINT messages_client_message_id_key UNIQUE (conversation_id, sender_id, client_message_id),
    CONSTRAINT messages_tombstone_check CHECK (deleted OR content IS NOT NULL)
);
--rollback DROP TABLE messages;
--rollback DROP TABLE conversation_members;
--rollback DROP TABLE conversations;
