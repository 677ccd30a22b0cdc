--liquibase formatted sql

--changeset ensemble:identity-007-phone-auth-provider
--comment: issue 23 §1-§2: phone sign-in (E.164, unique), its verification, how the account signs in; SMS codes
ALTER TABLE users ADD COLUMN phone text;
ALTER TABLE users ADD COLUMN phone_verified boolean NOT NULL DEFAULT false;
ALTER TABLE users ADD COLUMN auth_provider text NOT NULL DEFAULT 'email'
    CONSTRAINT users_auth_provider_check CHECK (auth_provider IN ('email', 'phone', 'google', 'apple'));
CREATE UNIQUE INDEX users_phone_key ON users (phone) WHERE phone IS NOT NULL;
ALTER TABLE one_time_codes DROP CONSTRAINT one_time_codes_purpose_check;
ALTER TABLE one_time_codes ADD CONSTRAINT one_time_codes_purpose_check
    CHECK (purpose IN ('EMAIL_VERIFICATION', 'PASSWORD_RESET', 'RESET_TOKEN', 'PHONE_CODE'));
--rollback ALTER TABLE users DROP COLUMN phone, DROP COLUMN phone_verified, DROP COLUMN auth_provider;
