package io.ensemble.persistence.events;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.privacy.ErasablePersonalTables;
import io.ensemble.persistence.privacy.PersonalRows;
import io.ensemble.persistence.privacy.PersonalRows.Table;
import io.ensemble.privacy.ErasureSubject;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The events context's personal data (issue 20 §4). Export: events hosted, RSVPs, tickets (the check-in
 * code is the user's own, so it is exported) and reminders sent. Erasure: RSVPs and reminders deleted;
 * hosted events deleted (their content is the user's) unless a ticket was sold for one — tickets are
 * financial records, kept like orders, so such an event stays with its tickets.
 */
public final class EventsPersonalData extends ErasablePersonalTables {
    private static final List<Table> TABLES = List.of(Table.of("events", "host_id"),
            Table.of("event_rsvps", "user_id"), Table.of("event_tickets", "user_id"),
            Table.of("event_reminders", "user_id"));

    /** @param handles the handle provider */
    public EventsPersonalData(JdbiHandles handles) {
        super("events", TABLES, handles);
    }

    @Override
    protected void erase(Handle h, ErasureSubject subject) {
        h.createUpdate("DELETE FROM event_rsvps WHERE user_id = :u").bind("u", subject.userId()).execute();
        h.createUpdate("DELETE FROM event_reminders WHERE user_id = :u").bind("u", subject.userId()).execute();
        h.createUpdate("DELETE FROM events e WHERE e.host_id = :u"
                        + " AND NOT EXISTS (SELECT 1 FROM event_tickets t WHERE t.event_id = e.id)")
                .bind("u", subject.userId()).execute();
    }
}
