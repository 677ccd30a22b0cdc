package io.ensemble.persistence.messaging;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.privacy.ErasablePersonalTables;
import io.ensemble.persistence.privacy.PersonalRows;
import io.ensemble.persistence.privacy.PersonalRows.Table;
import io.ensemble.privacy.ErasureSubject;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The messaging context's personal data (issue 20 §4). Export: conversations owned, memberships,
 * messages sent. Erasure: every message the user wrote tombstoned (content and attachments removed, marked
 * deleted) so other members' conversations keep their sequence; memberships and conversations stay.
 */
public final class MessagingPersonalData extends ErasablePersonalTables {
    private static final List<Table> TABLES = List.of(Table.of("conversations", "owner_id"), Table.of("conversation_members", "user_id"), Table.of("messages", "sender_id"));

    /** @param handles the handle provider */
    public MessagingPersonalData(JdbiHandles handles) {
        super("messaging", TABLES, handles);
    }

    @Override
    protected void erase(Handle h, ErasureSubject subject) {
        h.createUpdate("UPDATE messages SET content = NULL, attachments = '{}', deleted = true "
                + "WHERE sender_id = :u AND (NOT deleted OR content IS NOT NULL OR attachments <> '{}')")
                .bind("u", subject.userId()).execute();
    }
}
