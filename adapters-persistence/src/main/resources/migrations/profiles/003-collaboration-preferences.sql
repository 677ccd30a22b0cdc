--liquibase formatted sql

--changeset ensemble:profiles-003-collaboration-preferences
--comment: seeds/004 profile preferences (audience size, budget, collaboration types, locations), country and rizz score
CREATE TABLE collaboration_preferences (
    user_id             uuid        PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    audience_min        bigint      NOT NULL CONSTRAINT collaboration_preferences_audience_check CHECK (audience_min >= 0),
    audience_max        bigint      NOT NULL,
    budget_min          bigint      NOT NULL CONSTRAINT collaboration_preferences_budget_check CHECK (budget_min >= 0),
    budget_max          bigint      NOT NULL,
    collaboration_types text[]      NOT NULL DEFAULT '{}',
    locations           text[]      NOT NULL DEFAULT '{}',
    country             text        NOT NULL DEFAULT '',
    rizz_score          integer     NOT NULL DEFAULT 0 CONSTRAINT collaboration_preferences_rizz_check CHECK (rizz_score BETWEEN 0 AND 100),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT collaboration_preferences_ranges_check CHECK (audience_min <= audience_max AND budget_min <= budget_max)
);
--rollback DROP TABLE collaboration_preferences;
