package io.ensemble.persistence.connections;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.privacy.ErasablePersonalTables;
import io.ensemble.persistence.privacy.PersonalRows;
import io.ensemble.persistence.privacy.PersonalRows.Table;
import io.ensemble.privacy.ErasureSubject;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The connections context's personal data (issue 20 §4): connection requests sent and received,
 * exported, then deleted (connections end).
 */
public final class ConnectionsPersonalData extends ErasablePersonalTables {
    private static final List<Table> TABLES = List.of(Table.of("connection_requests", "requester_id", "receiver_id"));

    /** @param handles the handle provider */
    public ConnectionsPersonalData(JdbiHandles handles) {
        super("connections", TABLES, handles);
    }

    @Override
    protected void erase(Handle h, ErasureSubject subject) {
        h.createUpdate("DELETE FROM connection_requests WHERE requester_id = :u OR receiver_id = :u")
                .bind("u", subject.userId()).execute();
    }
}
