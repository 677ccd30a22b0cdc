--liquibase formatted sql

--changeset ensemble:profiles-004-profile-details
--comment: seeds/002 user and brand fields (issue 23 §5): names, cover image, timezone, language, gender, date of birth, onboarding step, brand industries, role, business type, pincode
CREATE TABLE profile_details (
    user_id              uuid        PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    first_name           text        NOT NULL DEFAULT '',
    last_name            text        NOT NULL DEFAULT '',
    cover_image_url      text        NOT NULL DEFAULT '',
    timezone             text        NOT NULL DEFAULT '',
    language             text        NOT NULL DEFAULT '',
    gender               text        NOT NULL DEFAULT '',
    date_of_birth        date,
    onboarding_step      integer     NOT NULL DEFAULT 0 CONSTRAINT profile_details_step_check CHECK (onboarding_step BETWEEN 0 AND 50),
    industries           text[]      NOT NULL DEFAULT '{}',
    role_in_organisation text        NOT NULL DEFAULT '',
    business_type        text        NOT NULL DEFAULT '',
    pincode              text        NOT NULL DEFAULT '',
    updated_at           timestamptz NOT NULL DEFAULT now()
);
--rollback DROP TABLE profile_details;
