--liquibase formatted sql

--changeset ensemble:identity-005-admin-user-list
--comment: admin user list (issue 20 §1): newest first, keyset over (created_at, id)
CREATE INDEX users_created_idx ON users (created_at DESC, id DESC);
--rollback DROP INDEX users_created_idx;
