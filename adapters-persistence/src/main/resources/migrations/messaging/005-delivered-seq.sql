--liquibase formatted sql

--changeset ensemble:messaging-005-delivered-seq
--comment: delivery receipts (issue 27): the highest seq a member's device acknowledged; a constant default, no table rewrite
ALTER TABLE conversation_members ADD COLUMN last_delivered_seq bigint NOT NULL DEFAULT 0;
--rollback ALTER TABLE conversation_members DROP COLUMN last_delivered_seq;
