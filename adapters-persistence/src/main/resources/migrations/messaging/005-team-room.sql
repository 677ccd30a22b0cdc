--liquibase formatted sql

--changeset ensemble:messaging-005-team-room
--comment: issue 22 §1: one agency team room (a GROUP with subject_type AGENCY) per deployment
CREATE UNIQUE INDEX conversations_team_room_key ON conversations (subject_type) WHERE subject_type = 'AGENCY';
--rollback DROP INDEX conversations_team_room_key;
