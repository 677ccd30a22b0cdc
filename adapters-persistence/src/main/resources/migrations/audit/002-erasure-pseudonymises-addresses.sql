--liquibase formatted sql

--changeset ensemble:audit-002-erasure-pseudonymises-addresses splitStatements:false
--comment: account erasure (issue 20 §4) may clear the client address of the records by or about the erased user, and nothing else: the trail stays append-only for every other change. The erasure sets ensemble.audit_erase_subject (transaction-local) to the user's id; an UPDATE passes only when the row is that user's (actor, or target user) and the new row equals the old one but for client_address set to NULL.
CREATE OR REPLACE FUNCTION audit_records_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    cutoff_setting text := current_setting('ensemble.audit_purge_before', true);
    subject text := current_setting('ensemble.audit_erase_subject', true);
    cutoff timestamptz;
BEGIN
    IF TG_OP = 'DELETE' AND cutoff_setting IS NOT NULL AND cutoff_setting <> '' THEN
        cutoff := cutoff_setting::timestamptz;
        IF cutoff <= now() - interval '1 day' AND OLD.occurred_at < cutoff THEN
            RETURN OLD;
        END IF;
    END IF;
    IF TG_OP = 'UPDATE' AND subject IS NOT NULL AND subject <> ''
            AND (OLD.actor_id::text = subject OR (OLD.target_type = 'user' AND OLD.target_id = subject))
            AND NEW.client_address IS NULL
            AND (NEW.id, NEW.actor_id, NEW.action, NEW.target_type, NEW.target_id, NEW.request_id, NEW.changed_fields,
                 NEW.values_before, NEW.values_after, NEW.occurred_at)
                IS NOT DISTINCT FROM
                (OLD.id, OLD.actor_id, OLD.action, OLD.target_type, OLD.target_id, OLD.request_id, OLD.changed_fields,
                 OLD.values_before, OLD.values_after, OLD.occurred_at) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_records is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'only the retention purge removes records, and only an erasure clears its subject''s addresses';
END $$;
--rollback SELECT 1;
