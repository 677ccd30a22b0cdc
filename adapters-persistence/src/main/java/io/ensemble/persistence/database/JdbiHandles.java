package io.ensemble.persistence.database;

import io.ensemble.shared.errors.ProviderUnavailable;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;

/**
 * Gives repositories a JDBI {@link Handle}: the one {@link JdbiTransactions} bound to the current
 * thread when a transaction is open, otherwise a fresh handle for the duration of one call
 * (auto-commit). Failures that mean "the database cannot be reached" become
 * {@link ProviderUnavailable}; nothing broken is cached, so calls succeed again as soon as the
 * database is back.
 */
public final class JdbiHandles {
    static final String UNAVAILABLE_MESSAGE = "The database is unavailable; try again shortly.";

    private final Jdbi jdbi;
    private final ThreadLocal<Handle> bound = new ThreadLocal<>();

    /** @param jdbi the configured JDBI instance (its data source is the connection pool) */
    public JdbiHandles(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    /**
     * Runs {@code work} with the thread's transaction handle, or with a handle opened and closed
     * for this call.
     *
     * @return what {@code work} returns
     * @throws ProviderUnavailable when the database cannot be reached; other exceptions pass through
     */
    public <T> T with(HandleCallback<T, RuntimeException> work) {
        Handle current = bound.get();
        try {
            return current != null ? work.withHandle(current) : jdbi.withHandle(work);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /**
     * Like {@link #with} for work that returns nothing.
     *
     * @throws ProviderUnavailable when the database cannot be reached
     */
    public void use(HandleConsumer<RuntimeException> work) {
        with(handle -> {
            work.useHandle(handle);
            return null;
        });
    }

    /** @return whether this thread is inside a transaction of {@link JdbiTransactions} (calls join it) */
    public boolean inTransaction() {
        return bound.get() != null;
    }

    /** @return the handle bound to this thread, or null outside a transaction */
    Handle current() {
        return bound.get();
    }

    /** Opens a new handle. @throws ProviderUnavailable when no connection can be obtained */
    Handle open() {
        try {
            return jdbi.open();
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** Binds {@code handle} to this thread so repository calls join its transaction. */
    void bind(Handle handle) {
        bound.set(handle);
    }

    /** Removes this thread's binding. */
    void unbind() {
        bound.remove();
    }

    /** @return {@code failure} itself, or a {@link ProviderUnavailable} wrapping it when it means "unreachable" */
    static RuntimeException translate(RuntimeException failure) {
        if (failure instanceof ProviderUnavailable || !SqlErrors.isDatabaseUnavailable(failure)) {
            return failure;
        }
        return new ProviderUnavailable(UNAVAILABLE_MESSAGE, failure);
    }
}
