--liquibase formatted sql

--changeset ensemble:media-002-message-attachments-index
--comment: chat attachments are readable by conversation members and kept by the cleanup while a message lists them; both look up messages.attachments by media id
CREATE INDEX messages_attachments_idx ON messages USING gin (attachments);
--rollback DROP INDEX messages_attachments_idx;
