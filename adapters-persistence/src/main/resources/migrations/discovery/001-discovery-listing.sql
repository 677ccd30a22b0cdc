--liquibase formatted sql

--changeset ensemble:discovery-001-columns
--comment: discovery (issue 5 §2): followers copied onto profiles so lists walk one index in (followers DESC, user_id) order; stored name vector for full-text search
ALTER TABLE profiles ADD COLUMN total_followers bigint NOT NULL DEFAULT 0;
ALTER TABLE profiles ADD COLUMN search_names tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', display_name || ' ' || business_name)) STORED;
UPDATE profiles p SET total_followers = st.total_followers FROM social_totals st WHERE st.user_id = p.user_id;
CREATE INDEX profiles_discovery_followers_idx ON profiles (role, total_followers DESC, user_id)
    WHERE onboarding_completed;
CREATE INDEX profiles_discovery_region_idx ON profiles (role, lower(region), total_followers DESC, user_id)
    WHERE onboarding_completed;
CREATE INDEX profiles_search_names_idx ON profiles USING gin (search_names);
--rollback DROP INDEX profiles_search_names_idx;
--rollback DROP INDEX profiles_discovery_region_idx;
--rollback DROP INDEX profiles_discovery_followers_idx;
--rollback ALTER TABLE profiles DROP COLUMN search_names;
--rollback ALTER TABLE profiles DROP COLUMN total_followers;

--changeset ensemble:discovery-001-followers-sync splitStatements:false
--comment: keeps profiles.total_followers equal to social_totals.total_followers (0 without a row)
CREATE FUNCTION discovery_copy_total_followers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE profiles SET total_followers = 0 WHERE user_id = OLD.user_id;
        RETURN OLD;
    END IF;
    UPDATE profiles SET total_followers = NEW.total_followers
    WHERE user_id = NEW.user_id AND total_followers <> NEW.total_followers;
    RETURN NEW;
END $$;
CREATE TRIGGER social_totals_copy_to_profiles AFTER INSERT OR UPDATE OF total_followers OR DELETE ON social_totals
    FOR EACH ROW EXECUTE FUNCTION discovery_copy_total_followers();
CREATE FUNCTION discovery_read_total_followers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.total_followers := COALESCE((SELECT total_followers FROM social_totals WHERE user_id = NEW.user_id), 0);
    RETURN NEW;
END $$;
CREATE TRIGGER profiles_read_total_followers BEFORE INSERT ON profiles
    FOR EACH ROW EXECUTE FUNCTION discovery_read_total_followers();
--rollback DROP TRIGGER profiles_read_total_followers ON profiles;
--rollback DROP FUNCTION discovery_read_total_followers();
--rollback DROP TRIGGER social_totals_copy_to_profiles ON social_totals;
--rollback DROP FUNCTION discovery_copy_total_followers();
