--liquibase formatted sql

--changeset ensemble:profiles-002-profiles
--comment: one profile per user; common columns plus nullable role-specific ones (see JdbiProfileRepository)
CREATE TABLE profiles (
    user_id              uuid        PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    role                 text        NOT NULL,
    display_name         text        NOT NULL DEFAULT '',
    username             text,
    bio                  text        NOT NULL DEFAULT '',
    avatar_url           text        NOT NULL DEFAULT '',
    phone                text        NOT NULL DEFAULT '',
    region               text        NOT NULL DEFAULT '',
    city                 text        NOT NULL DEFAULT '',
    categories           text[]      NOT NULL DEFAULT '{}',
    languages            text[]      NOT NULL DEFAULT '{}',
    website              text        NOT NULL DEFAULT '',
    business_name        text        NOT NULL DEFAULT '',
    description          text        NOT NULL DEFAULT '',
    address              text        NOT NULL DEFAULT '',
    industry             text        NOT NULL DEFAULT '',
    rate_min             bigint,
    rate_max             bigint,
    rate_currency        text,
    availability         text
        CONSTRAINT profiles_availability_check CHECK (availability IN ('AVAILABLE', 'BUSY', 'UNAVAILABLE')),
    budget_min           bigint,
    budget_max           bigint,
    budget_currency      text,
    verified             boolean     NOT NULL DEFAULT false,
    featured             boolean     NOT NULL DEFAULT false,
    rating               numeric(3, 2) NOT NULL DEFAULT 0 CONSTRAINT profiles_rating_check CHECK (rating BETWEEN 0 AND 5),
    total_collaborations integer     NOT NULL DEFAULT 0 CONSTRAINT profiles_total_collaborations_check CHECK (total_collaborations >= 0),
    onboarding_completed boolean     NOT NULL DEFAULT false,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    CONSTRAINT profiles_rates_check CHECK (rate_min IS NULL OR (rate_min >= 0 AND rate_max >= rate_min AND rate_currency ~ '^[A-Z]{3}$')),
    CONSTRAINT profiles_budget_check CHECK (budget_min IS NULL OR (budget_min >= 0 AND budget_max >= budget_min AND budget_currency ~ '^[A-Z]{3}$'))
);
CREATE UNIQUE INDEX profiles_username_lower_key ON profiles (lower(username));
CREATE INDEX profiles_role_region_idx ON profiles (role, region) WHERE onboarding_completed;
CREATE INDEX profiles_categories_idx ON profiles USING gin (categories);
CREATE INDEX profiles_display_name_trgm_idx ON profiles USING gin (display_name gin_trgm_ops);
CREATE INDEX profiles_business_name_trgm_idx ON profiles USING gin (business_name gin_trgm_ops);
--rollback DROP TABLE profiles;
