--liquibase formatted sql

--changeset ensemble:shared-003-idempotency-keys
--comment: one Idempotency-Key store for every route that takes the header (DESIGN §Patterns): order_idempotency_keys gains a scope (the route; existing rows are orders.place), result_id names what the first request produced, created whether it answered 201
ALTER TABLE order_idempotency_keys RENAME TO idempotency_keys;
ALTER TABLE idempotency_keys RENAME COLUMN order_id TO result_id;
ALTER TABLE idempotency_keys ADD COLUMN scope text NOT NULL DEFAULT 'orders.place';
ALTER TABLE idempotency_keys ALTER COLUMN scope DROP DEFAULT;
ALTER TABLE idempotency_keys ADD COLUMN created boolean NOT NULL DEFAULT true;
ALTER TABLE idempotency_keys ALTER COLUMN created DROP DEFAULT;
ALTER TABLE idempotency_keys DROP CONSTRAINT order_idempotency_keys_pkey;
ALTER TABLE idempotency_keys ADD CONSTRAINT idempotency_keys_pkey PRIMARY KEY (scope, user_id, key);
--rollback DELETE FROM idempotency_keys WHERE scope <> 'orders.place';
--rollback ALTER TABLE idempotency_keys DROP CONSTRAINT idempotency_keys_pkey;
--rollback ALTER TABLE idempotency_keys ADD CONSTRAINT order_idempotency_keys_pkey PRIMARY KEY (user_id, key);
--rollback ALTER TABLE idempotency_keys DROP COLUMN created;
--rollback ALTER TABLE idempotency_keys DROP COLUMN scope;
--rollback ALTER TABLE idempotency_keys RENAME COLUMN result_id TO order_id;
--rollback ALTER TABLE idempotency_keys RENAME TO order_idempotency_keys;
