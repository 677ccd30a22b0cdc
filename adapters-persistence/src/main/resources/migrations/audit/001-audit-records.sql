--liquibase formatted sql

--changeset ensemble:audit-001-audit-records
--comment: the append-only audit trail (issue 20 §2; seeds/001 ActivityLog). actor_id and target_id carry no foreign key, so a record outlives the user or entity it names (account deletion keeps the trail). Changed fields are three parallel arrays (name, before, after), secrets redacted by the domain before they get here.
CREATE TABLE audit_records (
    id              uuid        PRIMARY KEY,
    actor_id        uuid,
    action          text        NOT NULL CHECK (action ~ '^[a-z][a-z0-9_]*$'),
    target_type     text        CHECK (target_type ~ '^[a-z][a-z0-9_]{0,39}$'),
    target_id       text        CHECK (char_length(target_id) BETWEEN 1 AND 200),
    client_address  text        CHECK (char_length(client_address) BETWEEN 1 AND 64),
    request_id      text        CHECK (char_length(request_id) BETWEEN 1 AND 128),
    changed_fields  text[]      NOT NULL DEFAULT '{}',
    values_before   text[]      NOT NULL DEFAULT '{}',
    values_after    text[]      NOT NULL DEFAULT '{}',
    occurred_at     timestamptz NOT NULL,
    CONSTRAINT audit_records_target_whole CHECK ((target_type IS NULL) = (target_id IS NULL)),
    CONSTRAINT audit_records_changes_aligned CHECK (cardinality(changed_fields) = cardinality(values_before)
        AND cardinality(changed_fields) = cardinality(values_after))
);
CREATE INDEX audit_records_time_idx ON audit_records (occurred_at DESC, id DESC);
CREATE INDEX audit_records_actor_idx ON audit_records (actor_id, occurred_at DESC, id DESC) WHERE actor_id IS NOT NULL;
CREATE INDEX audit_records_target_idx ON audit_records (target_type, target_id, occurred_at DESC, id DESC)
    WHERE target_type IS NOT NULL;
CREATE INDEX audit_records_action_idx ON audit_records (action, occurred_at DESC, id DESC);
--rollback DROP TABLE audit_records;

--changeset ensemble:audit-001-append-only splitStatements:false
--comment: the database refuses UPDATE and TRUNCATE of audit_records, and DELETE of any row but those the retention purge names: it sets ensemble.audit_purge_before (transaction-local) to its cutoff, which must be at least a day in the past, and only rows strictly older than that may go
CREATE FUNCTION audit_records_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    cutoff_setting text := current_setting('ensemble.audit_purge_before', true);
    cutoff timestamptz;
BEGIN
    IF TG_OP = 'DELETE' AND cutoff_setting IS NOT NULL AND cutoff_setting <> '' THEN
        cutoff := cutoff_setting::timestamptz;
        IF cutoff <= now() - interval '1 day' AND OLD.occurred_at < cutoff THEN
            RETURN OLD;
        END IF;
    END IF;
    RAISE EXCEPTION 'audit_records is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'only the retention purge removes records, and only those older than its cutoff';
END $$;
CREATE TRIGGER audit_records_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_records
    FOR EACH ROW EXECUTE FUNCTION audit_records_append_only();
CREATE TRIGGER audit_records_no_truncate BEFORE TRUNCATE ON audit_records
    FOR EACH STATEMENT EXECUTE FUNCTION audit_records_append_only();
--rollback DROP TRIGGER audit_records_no_truncate ON audit_records;
--rollback DROP TRIGGER audit_records_no_update_or_delete ON audit_records;
--rollback DROP FUNCTION audit_records_append_only();
