--liquibase formatted sql

--changeset ensemble:payments-004-payout-transfer-claim
--comment: a payout under a transfer attempt is claimed until this time; an admin cannot settle it meanwhile (no double payment)
ALTER TABLE payouts ADD COLUMN transfer_claimed_until timestamptz;
--rollback ALTER TABLE payouts DROP COLUMN transfer_claimed_until;
