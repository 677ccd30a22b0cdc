package io.ensemble.persistence.messaging;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.privacy.ErasablePersonalTables;
import io.ensemble.persistence.privacy.PersonalRows.Table;
import io.ensemble.privacy.ErasureSubject;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The personal data of chat reactions and pins (issue 27, issue 20 §4). Export: the user's reactions and
 * the pins they made. Erasure: their reactions are deleted; their pins stay for the other members, with
 * {@code pinned_by} cleared.
 */
public final class MessagingSocialPersonalData extends ErasablePersonalTables {
    private static final List<Table> TABLES = List.of(Table.of("message_reactions", "user_id"),
            Table.of("conversation_pins", "pinned_by"));

    /** @param handles the handle provider */
    public MessagingSocialPersonalData(JdbiHandles handles) {
        super("messaging-social", TABLES, handles);
    }

    @Override
    protected void erase(Handle h, ErasureSubject subject) {
        h.createUpdate("DELETE FROM message_reactions WHERE user_id = :u").bind("u", subject.userId()).execute();
        h.createUpdate("UPDATE conversation_pins SET pinned_by = NULL WHERE pinned_by = :u")
                .bind("u", subject.userId()).execute();
    }
}
