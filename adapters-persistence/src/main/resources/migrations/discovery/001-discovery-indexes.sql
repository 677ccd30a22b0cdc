--liquibase formatted sql

--changeset ensemble:discovery-001-indexes
--comment: discovery filters (issue 5 §2): case-insensitive region per role, full-text over both names, listed rows by role
CREATE INDEX profiles_discovery_region_idx ON profiles (role, lower(region)) WHERE onboarding_completed;
CREATE INDEX profiles_discovery_role_idx ON profiles (role, user_id) WHERE onboarding_completed;
CREATE INDEX profiles_names_fts_idx ON profiles
    USING gin (to_tsvector('simple', display_name || ' ' || business_name));
--rollback DROP INDEX profiles_names_fts_idx;
--rollback DROP INDEX profiles_discovery_role_idx;
--rollback DROP INDEX profiles_discovery_region_idx;
