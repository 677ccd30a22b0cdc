--liquibase formatted sql

--changeset ensemble:shared-004-stats-daily-counts
--comment: admin dashboard (issue 20 §3): per-day counts of closed UTC days by metric (messages, signups) and key, counted once by DailyRollup; a row with key '' marks a counted day
CREATE TABLE stats_daily_counts (
    metric      text        NOT NULL,
    day         date        NOT NULL,
    key         text        NOT NULL,
    n           bigint      NOT NULL CONSTRAINT stats_daily_counts_n_check CHECK (n >= 0),
    computed_at timestamptz NOT NULL,
    PRIMARY KEY (metric, day, key)
);
--rollback DROP TABLE stats_daily_counts;
