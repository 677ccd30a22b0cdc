--liquibase formatted sql

--changeset ensemble:identity-002-one-time-codes
--comment: hashed OTPs and reset tokens; consumed_at set = spent
CREATE TABLE one_time_codes (
    id          uuid        PRIMARY KEY,
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose     text        NOT NULL
        CONSTRAINT one_time_codes_purpose_check
        CHECK (purpose IN ('EMAIL_VERIFICATION', 'PASSWORD_RESET', 'RESET_TOKEN')),
    code_hash   text        NOT NULL,
    attempts    integer     NOT NULL DEFAULT 0 CONSTRAINT one_time_codes_attempts_check CHECK (attempts >= 0),
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    consumed_at timestamptz
);
CREATE INDEX one_time_codes_user_purpose_created_idx ON one_time_codes (user_id, purpose, created_at DESC);
CREATE INDEX one_time_codes_purpose_hash_idx ON one_time_codes (purpose, code_hash);
--rollback DROP TABLE one_time_codes;
