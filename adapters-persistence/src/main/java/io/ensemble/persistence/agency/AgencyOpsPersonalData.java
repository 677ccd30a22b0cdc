package io.ensemble.persistence.agency;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.privacy.ErasablePersonalTables;
import io.ensemble.persistence.privacy.PersonalRows.Table;
import io.ensemble.privacy.ErasureSubject;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The agency operations' personal data (issue 20 §4, issue 22 §1): export the meetings the user attends;
 * erasure removes them from the attendee lists (the meetings stay for the others). Their payouts are in the
 * payments ledger, covered by {@code PaymentsPersonalData}.
 */
public final class AgencyOpsPersonalData extends ErasablePersonalTables {
    private static final List<Table> TABLES = List.of(Table.of("agency_meeting_attendees", "user_id"));

    /** @param handles the handle provider */
    public AgencyOpsPersonalData(JdbiHandles handles) {
        super("agency-meetings", TABLES, handles);
    }

    @Override
    protected void erase(Handle h, ErasureSubject subject) {
        h.createUpdate("DELETE FROM agency_meeting_attendees WHERE user_id = :u").bind("u", subject.userId()).execute();
    }
}
