--liquibase formatted sql

--changeset ensemble:payments-003-payout-transfers
--comment: automatic payout transfers (issue 8 §3): attempts, last error, and when the next attempt may run (backoff or claim)
ALTER TABLE payouts ADD COLUMN transfer_attempts integer NOT NULL DEFAULT 0
    CONSTRAINT payouts_transfer_attempts_check CHECK (transfer_attempts >= 0);
ALTER TABLE payouts ADD COLUMN last_transfer_error text;
ALTER TABLE payouts ADD COLUMN next_transfer_at timestamptz;
CREATE INDEX payouts_transfer_due_idx ON payouts (user_id, created_at)
    WHERE status = 'PENDING' AND provider_ref IS NULL;
--rollback DROP INDEX payouts_transfer_due_idx; ALTER TABLE payouts DROP COLUMN next_transfer_at; ALTER TABLE payouts DROP COLUMN last_transfer_error; ALTER TABLE payouts DROP COLUMN transfer_attempts;
