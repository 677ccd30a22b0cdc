--liquibase formatted sql

--changeset ensemble:messaging-003-event-invite-type
--comment: messages of type EVENT_INVITE (seeds/000 messageType event_invite, issue 21 §2): the event id is the attachment
ALTER TABLE messages DROP CONSTRAINT messages_type_check;
ALTER TABLE messages ADD CONSTRAINT messages_type_check CHECK (type IN ('TEXT', 'IMAGE', 'FILE', 'SYSTEM', 'EVENT_INVITE'));
--rollback ALTER TABLE messages DROP CONSTRAINT messages_type_check;
--rollback ALTER TABLE messages ADD CONSTRAINT messages_type_check CHECK (type IN ('TEXT', 'IMAGE', 'FILE', 'SYSTEM'));
