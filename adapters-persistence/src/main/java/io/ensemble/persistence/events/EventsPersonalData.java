package io.ensemble.persistence.events;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.privacy.ErasablePersonalTables;
import io.ensemble.persistence.privacy.PersonalRows;
import io.ensemble.persistence.privacy.PersonalRows.Table;
import io.ensemble.privacy.ErasureSubject;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The events context's personal data (issue 20 §4). Export: events hosted and RSVPs. Erasure: RSVPs
 * deleted, hosted events deleted (their content is the user's).
 */
public final class EventsPersonalData extends ErasablePersonalTables {
    private static final List<Table> TABLES = List.of(Table.of("events", "host_id"), Table.of("event_rsvps", "user_id"));

    /** @param handles the handle provider */
    public EventsPersonalData(JdbiHandles handles) {
        super("events", TABLES, handles);
    }

    @Override
    protected void erase(Handle h, ErasureSubject subject) {
        h.createUpdate("DELETE FROM event_rsvps WHERE user_id = :u").bind("u", subject.userId()).execute();
        h.createUpdate("DELETE FROM events WHERE host_id = :u").bind("u", subject.userId()).execute();
    }
}
