--liquibase formatted sql

--changeset ensemble:media-003-partial-attachments-index
--comment: only messages with attachments go into the GIN index; a text message (attachments = '{}') no longer adds an entry to the index's pending list, which every insert paid for and the inserting backend had to flush now and then (a latency spike on the send path, issue 4 benchmark). The media queries add "attachments <> '{}'" so the planner can use it.
DROP INDEX messages_attachments_idx;
CREATE INDEX messages_attachments_idx ON messages USING gin (attachments) WHERE attachments <> '{}';
--rollback DROP INDEX messages_attachments_idx;
--rollback CREATE INDEX messages_attachments_idx ON messages USING gin (attachments);
