package io.ensemble.persistence.blocks;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.privacy.ErasablePersonalTables;
import io.ensemble.persistence.privacy.PersonalRows.Table;
import io.ensemble.privacy.ErasureSubject;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The blocks context's personal data (issue 20 §4, issue 27): blocks the user made and received,
 * exported, then deleted.
 */
public final class BlocksPersonalData extends ErasablePersonalTables {
    private static final List<Table> TABLES = List.of(Table.of("user_blocks", "blocker_id", "blocked_id"));

    /** @param handles the handle provider */
    public BlocksPersonalData(JdbiHandles handles) {
        super("blocks", TABLES, handles);
    }

    @Override
    protected void erase(Handle h, ErasureSubject subject) {
        h.createUpdate("DELETE FROM user_blocks WHERE blocker_id = :u OR blocked_id = :u")
                .bind("u", subject.userId()).execute();
    }
}
