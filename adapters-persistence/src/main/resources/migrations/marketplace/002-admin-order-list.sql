--liquibase formatted sql

--changeset ensemble:marketplace-002-admin-order-list
--comment: GET /api/v1/admin/orders lists every order newest first, optionally by status (brand and creator filters use the party indexes)
CREATE INDEX orders_created_idx ON orders (created_at DESC, id DESC);
CREATE INDEX orders_status_created_idx ON orders (status, created_at DESC, id DESC);
--rollback DROP INDEX orders_status_created_idx; DROP INDEX orders_created_idx;
