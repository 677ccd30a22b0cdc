--liquibase formatted sql

--changeset ensemble:agency-003-task-attachment-media-index
--comment: media reads and the unattached-upload cleanup look task attachments up by media id (issue 22 §1: assignees read the files attached to their tasks, and attached files are never cleaned up as unattached)
CREATE INDEX agency_task_attachments_media_idx ON agency_task_attachments (media_id, task_id);
--rollback DROP INDEX agency_task_attachments_media_idx;
