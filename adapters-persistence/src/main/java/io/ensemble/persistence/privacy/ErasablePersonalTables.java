package io.ensemble.persistence.privacy;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.privacy.ErasePersonalData;
import io.ensemble.privacy.ErasureSubject;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * A context's export and its erasure step (issue 20 §4): subclasses give the SQL that deletes, blanks
 * or pseudonymises the user's rows; it runs in one transaction and must be idempotent.
 */
public abstract class ErasablePersonalTables extends PersonalTables implements ErasePersonalData {
    private final String step;

    /**
     * @param step    the erasure step's name
     * @param tables  the context's tables with the user's id
     * @param handles the handle provider
     */
    protected ErasablePersonalTables(String step, List<PersonalRows.Table> tables, JdbiHandles handles) {
        super(tables, handles);
        this.step = Objects.requireNonNull(step, "step");
    }

    @Override
    public final String step() {
        return step;
    }

    @Override
    public final void erase(ErasureSubject subject) {
        handles.use(h -> h.useTransaction(tx -> erase(tx, subject)));
    }

    /** Erases the subject's rows on {@code h} (inside a transaction). */
    protected abstract void erase(Handle h, ErasureSubject subject);
}
