--liquibase formatted sql

--changeset ensemble:connections-002-admin-connection-list
--comment: admin connection list (issue 20 §1): every request newest first, keyset over (created_at, id)
CREATE INDEX connection_requests_created_idx ON connection_requests (created_at DESC, id DESC);
--rollback DROP INDEX connection_requests_created_idx;
