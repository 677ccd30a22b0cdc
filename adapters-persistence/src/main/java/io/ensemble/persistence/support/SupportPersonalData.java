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
 * agent of (active ones back to the queue) and deletes their availability row.
 */
public final class SupportPersonalData extends ErasablePersonalTables {
    /** The agents' counts of the active tickets about to be deleted. */
    private static final String UNCOUNT = "UPDATE support_agents a SET open_tickets = GREATEST(a.open_tickets - c.n, 0) "
            + "FROM (SELECT agent_id, count(*) AS n FROM support_tickets WHERE requester_id = :u AND agent_id IS NOT NULL "
            + "AND status IN ('assigned', 'in_progress') GROUP BY agent_id) c WHERE a.user_id = c.agent_id";
    /** The erased agent's active tickets go back to the queue; finished ones just lose their agent. */
    private static final String REQUEUE = "UPDATE support_tickets SET agent_id = NULL, status = CASE WHEN status IN "
            + "('assigned', 'in_progress') THEN 'open' ELSE status END WHERE agent_id = :u";
    private static final List<Table> TABLES = List.of(Table.of("support_tickets", "requester_id", "agent_id"),
            Table.of("support_agents", "user_id"));

    /** @param handles the handle provider */
    public SupportPersonalData(JdbiHandles handles) {
        super("support", TABLES, handles);
    }

    @Override
    protected void erase(Handle h, ErasureSubject subject) {
        h.createUpdate(UNCOUNT).bind("u", subject.userId()).execute();
        h.createUpdate("DELETE FROM support_tickets WHERE requester_id = :u").bind("u", subject.userId()).execute();
        h.createUpdate(REQUEUE).bind("u", subject.userId()).execute();
        h.createUpdate("DELETE FROM support_agents WHERE user_id = :u").bind("u", subject.userId()).execute();
    }
}
