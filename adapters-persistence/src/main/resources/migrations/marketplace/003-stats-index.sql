--liquibase formatted sql

--changeset ensemble:marketplace-003-stats-index
--comment: admin dashboard (issue 20 §3): orders per day and status read by range
CREATE INDEX IF NOT EXISTS orders_created_at_idx ON orders (created_at, status);
--rollback DROP INDEX orders_created_at_idx;
