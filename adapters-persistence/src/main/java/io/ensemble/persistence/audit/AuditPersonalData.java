package io.ensemble.persistence.audit;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.privacy.PersonalRows.Table;
import io.ensemble.persistence.privacy.PersonalTables;
import java.util.List;

/**
 * The audit trail's export (issue 20 §4): records of what the user did. The trail is append-only and
 * keeps user ids only (never e-mails), so erasure leaves it as it is.
 */
public final class AuditPersonalData extends PersonalTables {
    private static final List<Table> TABLES = List.of(Table.of("audit_records", "actor_id"));

    /** @param handles the handle provider */
    public AuditPersonalData(JdbiHandles handles) {
        super(TABLES, handles);
    }
}
