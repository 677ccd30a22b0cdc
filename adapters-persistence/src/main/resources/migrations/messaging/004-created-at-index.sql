--liquibase formatted sql

--changeset ensemble:messaging-003-created-at-index runInTransaction:false
--comment: admin dashboard (issue 20 §3): messages sent per day counted by range; built without blocking sends
CREATE INDEX CONCURRENTLY IF NOT EXISTS messages_created_at_idx ON messages (created_at);
--rollback DROP INDEX messages_created_at_idx;
