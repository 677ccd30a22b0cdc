package io.ensemble.persistence.support;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.privacy.ErasablePersonalTables;
import io.ensemble.persistence.privacy.PersonalRows.Table;
import io.ensemble.privacy.ErasureSubject;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The support desk's personal data (issue 23 §3, issue 20 §4): tickets the user opened or worked on as an
 * agent, and their agent availability, exported. Erasure deletes the tickets they opened (subject and
 * description are theirs; the threads go with messaging's erasure), takes them off tickets they were the
 * agent of (back to nobody) and deletes their availability row.
 */
public final class SupportPersonalData extends ErasablePersonalTables {
    private static final List<Table> TABLES = List.of(Table.of("support_tickets", "requester_id", "agent_id"),
            Table.of("support_agents", "user_id"));

    /** @param handles the handle provider */
    public SupportPersonalData(JdbiHandles handles) {
        super("support", TABLES, handles);
    }

    @Override
    protected void erase(Handle h, ErasureSubject subject) {
        h.createUpdate("DELETE FROM support_tickets WHERE requester_id = :u").bind("u", subject.userId()).execute();
        h.createUpdate("UPDATE support_tickets SET agent_id = NULL WHERE agent_id = :u")
                .bind("u", subject.userId()).execute();
        h.createUpdate("DELETE FROM support_agents WHERE user_id = :u").bind("u", subject.userId()).execute();
    }
}
