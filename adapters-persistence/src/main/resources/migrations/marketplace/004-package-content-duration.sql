--liquibase formatted sql

--changeset ensemble:marketplace-004-package-content-duration
--comment: seeds/002 Package.duration (issue 23 §5): the content's video length in seconds, beside the delivery time
ALTER TABLE packages ADD COLUMN content_seconds integer
    CONSTRAINT packages_content_seconds_check CHECK (content_seconds BETWEEN 1 AND 86400);
--rollback ALTER TABLE packages DROP COLUMN content_seconds;
