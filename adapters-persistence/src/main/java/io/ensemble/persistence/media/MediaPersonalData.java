package io.ensemble.persistence.media;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.privacy.PersonalRows.Table;
import io.ensemble.persistence.privacy.PersonalTables;
import java.util.List;

/**
 * The media context's export (issue 20 §4): the user's upload rows (the files themselves are added by
 * {@code media.MediaErasure}, which also erases them).
 */
public final class MediaPersonalData extends PersonalTables {
    private static final List<Table> TABLES = List.of(Table.of("media", "owner_id"));

    /** @param handles the handle provider */
    public MediaPersonalData(JdbiHandles handles) {
        super(TABLES, handles);
    }
}
