--liquibase formatted sql

--changeset ensemble:social-001-social-stats
--comment: follower stats per user and platform (seeds/004 push) and their per-user totals for discovery filters
CREATE TABLE social_stats (
    user_id    uuid             NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    platform   text             NOT NULL
        CONSTRAINT social_stats_platform_check CHECK (platform IN ('TIKTOK', 'INSTAGRAM', 'YOUTUBE', 'TWITCH', 'TWITTER')),
    followers  bigint           NOT NULL CONSTRAINT social_stats_followers_check CHECK (followers >= 0),
    engagement double precision NOT NULL CONSTRAINT social_stats_engagement_check CHECK (engagement BETWEEN 0 AND 100),
    updated_at timestamptz      NOT NULL,
    PRIMARY KEY (user_id, platform)
);

CREATE TABLE social_totals (
    user_id         uuid             PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    total_followers bigint           NOT NULL CONSTRAINT social_totals_followers_check CHECK (total_followers >= 0),
    avg_engagement  double precision NOT NULL,
    updated_at      timestamptz      NOT NULL
);
CREATE INDEX social_totals_total_followers_idx ON social_totals (total_followers);
--rollback DROP TABLE social_totals;
--rollback DROP TABLE social_stats;
