--liquibase formatted sql

--changeset ensemble:messaging-002-last-seen
--comment: presence last seen (issue 4 §3): when a user's first socket opened or last socket closed
ALTER TABLE users ADD COLUMN last_seen_at timestamptz;
--rollback ALTER TABLE users DROP COLUMN last_seen_at;
