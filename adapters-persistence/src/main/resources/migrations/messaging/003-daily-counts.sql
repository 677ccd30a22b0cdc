--liquibase formatted sql

--changeset ensemble:messaging-003-created-at-index runInTransaction:false
--comment: admin dashboard (issue 20 §3): messages sent per day counted by range; built without blocking sends
CREATE INDEX CONCURRENTLY IF NOT EXISTS messages_created_at_idx ON messages (created_at);
--rollback DROP INDEX messages_created_at_idx;

--changeset ensemble:messaging-003-daily-counts
--comment: messages per closed UTC day, counted once by the dashboard (JdbiMessageStatistics) so a year reads 366 rows
CREATE TABLE message_daily_counts (
    day         date        PRIMARY KEY,
    messages    bigint      NOT NULL CONSTRAINT message_daily_counts_messages_check CHECK (messages >= 0),
    computed_at timestamptz NOT NULL
);
--rollback DROP TABLE message_daily_counts;
