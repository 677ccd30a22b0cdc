package io.ensemble.persistence.notifications;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.privacy.ErasablePersonalTables;
import io.ensemble.persistence.privacy.PersonalRows;
import io.ensemble.persistence.privacy.PersonalRows.Table;
import io.ensemble.privacy.ErasureSubject;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The notifications context's personal data (issue 20 §4). Export: notifications, preferences,
 * devices (no push token), deliveries. Erasure: all deleted with the user's queued events; the user's
 * e-mail, name and phone scrubbed from other users' notifications, deliveries and queued events.
 */
public final class NotificationsPersonalData extends ErasablePersonalTables {
    private static final List<Table> TABLES = List.of(Table.of("notifications", "user_id"), Table.of("notification_preferences", "user_id"),
            Table.of("push_devices", "user_id").without("token"), Table.of("notification_deliveries", "user_id"));

    /** @param handles the handle provider */
    public NotificationsPersonalData(JdbiHandles handles) {
        super("notifications", TABLES, handles);
    }

    @Override
    protected void erase(Handle h, ErasureSubject subject) {
        for (String table : List.of("notifications", "notification_preferences", "push_devices", "notification_deliveries")) {
            h.createUpdate("DELETE FROM " + table + " WHERE user_id = :u").bind("u", subject.userId()).execute();
        }
        h.createUpdate("DELETE FROM outbox WHERE recipient_id = :u").bind("u", subject.userId()).execute();
        PersonalRows.scrubText(h, "notifications", List.of("title", "body"), subject.terms());
        PersonalRows.scrubText(h, "notification_deliveries", List.of("title", "body"), subject.terms());
        PersonalRows.scrubJson(h, "outbox", "payload", subject.terms());
    }
}
