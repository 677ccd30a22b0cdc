--liquibase formatted sql

--changeset ensemble:identity-006-stats-indexes
--comment: admin dashboard (issue 20 §3): signups per day and daily active users (last seen) read by range
CREATE INDEX IF NOT EXISTS users_created_at_idx ON users (created_at, role);
CREATE INDEX IF NOT EXISTS users_last_seen_at_idx ON users (last_seen_at) WHERE last_seen_at IS NOT NULL;
--rollback DROP INDEX users_created_at_idx; DROP INDEX users_last_seen_at_idx;
