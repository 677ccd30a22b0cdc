--liquibase formatted sql

--changeset ensemble:social-002-social-accounts
--comment: linked social accounts (OAuth or scraped by username) with encrypted provider tokens, their stats snapshots, and single-use OAuth states (issue 6)
CREATE TABLE social_accounts (
    id                  uuid        PRIMARY KEY,
    user_id             uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    platform            text        NOT NULL
        CONSTRAINT social_accounts_platform_check
            CHECK (platform IN ('TIKTOK', 'INSTAGRAM', 'YOUTUBE', 'TWITCH', 'TWITTER', 'SPOTIFY')),
    provider_account_id text        NOT NULL,
    username            text        NOT NULL,
    display_name        text,
    avatar_url          text,
    link_method         text        NOT NULL CONSTRAINT social_accounts_link_method_check CHECK (link_method IN ('OAUTH', 'SCRAPE')),
    status              text        NOT NULL
        CONSTRAINT social_accounts_status_check CHECK (status IN ('ACTIVE', 'RECONNECT_REQUIRED')),
    access_token        bytea,
    refresh_token       bytea,
    token_expires_at    timestamptz,
    scopes              text[]      NOT NULL DEFAULT '{}',
    last_synced_at      timestamptz,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    CONSTRAINT social_accounts_provider_account_key UNIQUE (platform, provider_account_id)
);
CREATE INDEX social_accounts_user_idx ON social_accounts (user_id, created_at, id);
CREATE INDEX social_accounts_token_expiry_idx ON social_accounts (token_expires_at)
    WHERE link_method = 'OAUTH';

CREATE TABLE social_stats_snapshots (
    id              bigint           GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id      uuid             NOT NULL REFERENCES social_accounts (id) ON DELETE CASCADE,
    followers       bigint           NOT NULL CONSTRAINT social_snapshots_followers_check CHECK (followers >= 0),
    following       bigint           CONSTRAINT social_snapshots_following_check CHECK (following >= 0),
    posts           bigint           CONSTRAINT social_snapshots_posts_check CHECK (posts >= 0),
    engagement_rate double precision
        CONSTRAINT social_snapshots_engagement_check CHECK (engagement_rate BETWEEN 0 AND 100),
    taken_at        timestamptz      NOT NULL
);
CREATE INDEX social_stats_snapshots_account_idx ON social_stats_snapshots (account_id, taken_at DESC, id DESC);

CREATE TABLE oauth_states (
    state_hash    text        PRIMARY KEY,
    user_id       uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    platform      text        NOT NULL,
    code_verifier bytea       NOT NULL,
    expires_at    timestamptz NOT NULL,
    created_at    timestamptz NOT NULL
);
CREATE INDEX oauth_states_expires_idx ON oauth_states (expires_at);
--rollback DROP TABLE oauth_states;
--rollback DROP TABLE social_stats_snapshots;
--rollback DROP TABLE social_accounts;
