--liquibase formatted sql

--changeset ensemble:payments-005-stats-indexes
--comment: admin dashboard (issue 20 §3): gross order value, platform fees and payouts per day read by range
CREATE INDEX IF NOT EXISTS payments_created_at_idx ON payments (created_at);
CREATE INDEX IF NOT EXISTS payouts_created_at_idx ON payouts (created_at);
--rollback DROP INDEX payments_created_at_idx; DROP INDEX payouts_created_at_idx;
