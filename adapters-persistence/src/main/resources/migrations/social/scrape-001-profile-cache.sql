--liquibase formatted sql

--changeset ensemble:social-scrape-001-profile-cache
--comment: 7-day cache of scraped public profiles and their recent posts (issue 6 §2, seeds/001 "7-day data caching")
CREATE TABLE scraped_profiles (
    platform            text        NOT NULL CONSTRAINT scraped_profiles_platform_check CHECK (platform IN ('INSTAGRAM', 'TIKTOK')),
    username            text        NOT NULL,
    provider_account_id text        NOT NULL,
    display_name        text        NOT NULL,
    avatar_url          text        NOT NULL,
    bio                 text        NOT NULL,
    followers           bigint      NOT NULL CONSTRAINT scraped_profiles_followers_check CHECK (followers >= 0),
    following           bigint      NOT NULL CONSTRAINT scraped_profiles_following_check CHECK (following >= 0),
    posts               bigint      NOT NULL CONSTRAINT scraped_profiles_posts_check CHECK (posts >= 0),
    verified            boolean     NOT NULL,
    private_account     boolean     NOT NULL,
    fetched_at          timestamptz NOT NULL,
    PRIMARY KEY (platform, username)
);

CREATE TABLE scraped_posts (
    platform  text        NOT NULL,
    username  text        NOT NULL,
    position  integer     NOT NULL CONSTRAINT scraped_posts_position_check CHECK (position >= 0),
    post_id   text        NOT NULL,
    url       text        NOT NULL,
    caption   text        NOT NULL,
    posted_at timestamptz,
    likes     bigint      NOT NULL CONSTRAINT scraped_posts_likes_check CHECK (likes >= 0),
    comments  bigint      NOT NULL CONSTRAINT scraped_posts_comments_check CHECK (comments >= 0),
    views     bigint      NOT NULL CONSTRAINT scraped_posts_views_check CHECK (views >= 0),
    shares    bigint      NOT NULL CONSTRAINT scraped_posts_shares_check CHECK (shares >= 0),
    PRIMARY KEY (platform, username, position),
    FOREIGN KEY (platform, username) REFERENCES scraped_profiles (platform, username) ON DELETE CASCADE
);
--rollback DROP TABLE scraped_posts;
--rollback DROP TABLE scraped_profiles;
