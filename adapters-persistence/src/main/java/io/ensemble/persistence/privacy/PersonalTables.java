package io.ensemble.persistence.privacy;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.privacy.ExportPersonalData;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** A context's export (issue 20 §4): its tables with the user's id, read by {@link PersonalRows}. */
public class PersonalTables implements ExportPersonalData {
    private final List<PersonalRows.Table> tables;
    private final PersonalRows rows;
    /** The handle provider, for subclasses' erasure SQL. */
    protected final JdbiHandles handles;

    /**
     * @param tables  the context's tables with the user's id
     * @param handles the handle provider
     */
    public PersonalTables(List<PersonalRows.Table> tables, JdbiHandles handles) {
        this.tables = List.copyOf(tables);
        this.handles = Objects.requireNonNull(handles, "handles");
        this.rows = new PersonalRows(handles);
    }

    @Override
    public final List<String> tables() {
        return PersonalRows.names(tables);
    }

    @Override
    public final Map<String, List<String>> rowsOf(UUID userId) {
        return rows.export(userId, tables);
    }
}
