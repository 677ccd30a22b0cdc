package io.ensemble.persistence.privacy;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.privacy.PersonalRows.Table;
import io.ensemble.persistence.privacy.PersonalTables;
import java.util.List;

/**
 * The privacy context's export (issue 20 §4): the user's own erasure and export requests (without the
 * terms an erasure scrubs).
 */
public final class PrivacyPersonalData extends PersonalTables {
    private static final List<Table> TABLES = List.of(Table.of("privacy_requests", "user_id").without("terms"));

    /** @param handles the handle provider */
    public PrivacyPersonalData(JdbiHandles handles) {
        super(TABLES, handles);
    }
}
