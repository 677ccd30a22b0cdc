--liquibase formatted sql

--changeset ensemble:media-001-media
--comment: one row per upload; objects live in MediaStorage under storage_key (+ thumbnail/display variants)
CREATE TABLE media (
    id            uuid        PRIMARY KEY,
    owner_id      uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose       text        NOT NULL
        CONSTRAINT media_purpose_check CHECK (purpose IN ('AVATAR', 'EVENT', 'POST', 'CHAT_ATTACHMENT', 'GENERAL')),
    content_type  text        NOT NULL,
    bytes         bigint      NOT NULL CONSTRAINT media_bytes_check CHECK (bytes >= 0),
    width         integer     NOT NULL DEFAULT 0,
    height        integer     NOT NULL DEFAULT 0,
    storage_key   text        NOT NULL UNIQUE,
    thumbnail_key text,
    display_key   text,
    attached_at   timestamptz,
    created_at    timestamptz NOT NULL
);
CREATE INDEX media_owner_idx ON media (owner_id, created_at DESC);
CREATE INDEX media_unattached_idx ON media (created_at) WHERE attached_at IS NULL;
--rollback DROP TABLE media;
