--liquibase formatted sql

--changeset ensemble:messaging-005-team-room
--comment: issue 22 §1: one agency team room (a GROUP with subject_type AGENCY) per deployment
CREATE UNIQUE INDEX conversations_team_room_key ON conversations (subject_type) WHERE subject_type = 'AGENCY';
--rollback DROP INDEX conversations_team_room_key;

--changeset ensemble:messaging-005-team-staff-index
--comment: issue 22 §1: the team room's reconcile reads the active MEMBER and ADMIN accounts through this small index
CREATE INDEX users_active_staff_idx ON users (id) WHERE role IN ('MEMBER', 'ADMIN') AND status = 'ACTIVE';
--rollback DROP INDEX users_active_staff_idx;
