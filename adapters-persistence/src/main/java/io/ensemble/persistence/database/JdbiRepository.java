package io.ensemble.persistence.database;

import io.ensemble.persistence.database.JdbiHandles;
import java.util.Objects;

/**
 * Base of the JDBI adapters of a context's persistence ports: holds the {@link JdbiHandles} every
 * statement of the adapter runs through (the caller's transaction when one is open, otherwise a
 * handle for the one call; an unreachable database becomes {@code ProviderUnavailable}).
 */
public abstract class JdbiRepository {
    /** Where the adapter's statements run. */
    protected final JdbiHandles handles;

    /**
     * @param handles the handle provider (joins the caller's transaction when there is one)
     * @throws NullPointerException when {@code handles} is null
     */
    protected JdbiRepository(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }
}
