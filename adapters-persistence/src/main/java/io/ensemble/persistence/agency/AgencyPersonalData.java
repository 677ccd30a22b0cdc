package io.ensemble.persistence.agency;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.privacy.ErasablePersonalTables;
import io.ensemble.persistence.privacy.PersonalRows.Table;
import io.ensemble.privacy.ErasureSubject;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The agency context's personal data (issue 22 §1, issue 20 §4): the application that made the user a member,
 * applications they decided, tasks they created or are assigned to, and their task comments, exported.
 * Erasure deletes their application (name, e-mail, phone, message are theirs), their comments and their
 * assignments, and forgets them as the decider of applications; the tasks they created stay, pointing at the
 * pseudonymised account, so the team's work keeps its history.
 */
public final class AgencyPersonalData extends ErasablePersonalTables {
    private static final List<Table> TABLES = List.of(Table.of("agency_applications", "member_id", "decided_by"),
            Table.of("agency_tasks", "created_by"), Table.of("agency_task_assignees", "user_id"),
            Table.of("agency_task_comments", "author_id"));

    /** @param handles the handle provider */
    public AgencyPersonalData(JdbiHandles handles) {
        super("agency", TABLES, handles);
    }

    @Override
    protected void erase(Handle h, ErasureSubject subject) {
        h.createUpdate("DELETE FROM agency_applications WHERE member_id = :u").bind("u", subject.userId()).execute();
        h.createUpdate("UPDATE agency_applications SET decided_by = NULL WHERE decided_by = :u")
                .bind("u", subject.userId()).execute();
        h.createUpdate("DELETE FROM agency_task_comments WHERE author_id = :u").bind("u", subject.userId()).execute();
        h.createUpdate("DELETE FROM agency_task_assignees WHERE user_id = :u").bind("u", subject.userId()).execute();
    }
}
