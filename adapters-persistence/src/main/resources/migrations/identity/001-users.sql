--liquibase formatted sql

--changeset ensemble:identity-001-users
--comment: accounts; email is stored normalised and unique case-insensitively
CREATE TABLE users (
    id             uuid        PRIMARY KEY,
    email          text        NOT NULL,
    name           text,
    role           text        NOT NULL
        CONSTRAINT users_role_check
        CHECK (role IN ('INFLUENCER', 'SALON', 'CREATOR', 'BRAND', 'HOST', 'PARTIER', 'TALENT', 'MEMBER', 'AGENT', 'ADMIN')),
    status         text        NOT NULL DEFAULT 'ACTIVE'
        CONSTRAINT users_status_check CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    email_verified boolean     NOT NULL DEFAULT false,
    password_hash  text,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));
--rollback DROP TABLE users;
