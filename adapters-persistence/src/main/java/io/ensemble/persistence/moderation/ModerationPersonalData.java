package io.ensemble.persistence.moderation;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.privacy.ErasablePersonalTables;
import io.ensemble.persistence.privacy.PersonalRows.Table;
import io.ensemble.privacy.ErasureSubject;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The moderation context's personal data (issue 20 §3-4): reports the user filed and reports about them,
 * exported. Erasure deletes the reports they filed (their reasons and notes are theirs) and blanks the
 * reporters' and admins' notes on reports about them (free text that may name them); the report rows
 * about them stay, pointing at the pseudonymised account, so the moderation history keeps its counts.
 */
public final class ModerationPersonalData extends ErasablePersonalTables {
    private static final List<Table> TABLES = List.of(Table.of("reports", "reporter_id", "author_id"));

    /** @param handles the handle provider */
    public ModerationPersonalData(JdbiHandles handles) {
        super("moderation", TABLES, handles);
    }

    @Override
    protected void erase(Handle h, ErasureSubject subject) {
        h.createUpdate("DELETE FROM reports WHERE reporter_id = :u").bind("u", subject.userId()).execute();
        h.createUpdate("UPDATE reports SET note = NULL, resolution_note = NULL WHERE author_id = :u")
                .bind("u", subject.userId()).execute();
    }
}
