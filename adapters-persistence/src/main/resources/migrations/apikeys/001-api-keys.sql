--liquibase formatted sql

--changeset ensemble:apikeys-001-keys
--comment: server-to-server API keys (issue 26 §3), stored as the HMAC hash of the key only
CREATE TABLE api_keys (
    id           uuid        PRIMARY KEY,
    name         text        NOT NULL,
    prefix       text        NOT NULL,
    key_hash     text        NOT NULL UNIQUE,
    scopes       text[]      NOT NULL,
    created_by   uuid        NOT NULL,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
--rollback DROP TABLE api_keys;
