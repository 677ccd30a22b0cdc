--liquibase formatted sql

--changeset ensemble:shared-001-pg-trgm
--comment: trigram matching for fuzzy search (DESIGN Persistence); later contexts index with it
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--rollback DROP EXTENSION IF EXISTS pg_trgm;
