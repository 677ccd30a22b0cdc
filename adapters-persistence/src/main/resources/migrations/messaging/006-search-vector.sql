--liquibase formatted sql

--changeset ensemble:messaging-006-search-vector
--comment: message search (issue 27): English stems (weight A) plus the 'simple' configuration's unstemmed words (weight B) for other languages; tombstones index nothing. Existing rows are computed by the rewrite.
ALTER TABLE messages ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', COALESCE(content, '')), 'A')
    || setweight(to_tsvector('simple', COALESCE(content, '')), 'B')) STORED;
--rollback ALTER TABLE messages DROP COLUMN search_vector;

--changeset ensemble:messaging-006-search-index runInTransaction:false
--comment: GIN over the search vector, built without blocking sends
CREATE INDEX CONCURRENTLY IF NOT EXISTS messages_search_idx ON messages USING gin (search_vector);
--rollback DROP INDEX messages_search_idx;

--changeset ensemble:messaging-006-content-trigram-index runInTransaction:false
--comment: trigram GIN over content for partial words (a short single token matched as a substring)
CREATE INDEX CONCURRENTLY IF NOT EXISTS messages_content_trgm_idx ON messages USING gin (content gin_trgm_ops);
--rollback DROP INDEX messages_content_trgm_idx;
