--liquibase formatted sql

--changeset ensemble:social-scrape-002-sync-attempts
--comment: manual sync attempts of scraped accounts, for the 3-per-hour limit shared by every node (issue 6 §2)
CREATE TABLE scraped_sync_attempts (
    account_id   uuid        NOT NULL REFERENCES social_accounts (id) ON DELETE CASCADE,
    attempted_at timestamptz NOT NULL
);
CREATE INDEX scraped_sync_attempts_account_idx ON scraped_sync_attempts (account_id, attempted_at);
--rollback DROP TABLE scraped_sync_attempts;
