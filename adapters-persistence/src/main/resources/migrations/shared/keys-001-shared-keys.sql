--liquibase formatted sql

--changeset ensemble:shared-keys-001-shared-keys
--comment: keys every node shares (issue 29 §1): per key name, versions (1 = the first, each rotation adds one); the secret only when generated (a key given in config stores just its fingerprint); completed_at marks a finished re-encryption after an encryption-key rotation
CREATE TABLE shared_keys (
    name         text        NOT NULL,
    version      integer     NOT NULL CONSTRAINT shared_keys_version_check CHECK (version > 0),
    fingerprint  text        NOT NULL,
    secret       text,
    created_at   timestamptz NOT NULL,
    completed_at timestamptz,
    PRIMARY KEY (name, version)
);
--rollback DROP TABLE shared_keys;
