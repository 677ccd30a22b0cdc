package io.ensemble.persistence.audit;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.privacy.ErasablePersonalTables;
import io.ensemble.persistence.privacy.PersonalRows.Table;
import io.ensemble.privacy.ErasureSubject;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The audit trail's share of personal data (issue 20 §2 and §4). Export: records of what the user did and of
 * what was done to their account. Erasure: the trail keeps user ids only (never e-mails or names) and stays
 * append-only, but the client addresses of the records by or about the user are personal data, so they are
 * cleared; the database allows that one change, and only for the subject the erasure names in
 * {@code ensemble.audit_erase_subject} (migration audit/002).
 */
public final class AuditPersonalData extends ErasablePersonalTables {
    private static final List<Table> TABLES = List.of(Table.of("audit_records", "actor_id"));

    /** @param handles the handle provider */
    public AuditPersonalData(JdbiHandles handles) {
        super("audit", TABLES, handles);
    }

    @Override
    protected void erase(Handle h, ErasureSubject subject) {
        String id = subject.userId().toString();
        h.createQuery("SELECT set_config('ensemble.audit_erase_subject', :id, true)").bind("id", id)
                .mapTo(String.class).one();
        h.createUpdate("UPDATE audit_records SET client_address = NULL WHERE client_address IS NOT NULL"
                        + " AND (actor_id = :u OR (target_type = 'user' AND target_id = :id))")
                .bind("u", subject.userId()).bind("id", id).execute();
    }
}
