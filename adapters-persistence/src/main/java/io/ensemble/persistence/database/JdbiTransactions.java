package io.ensemble.persistence.database;

import io.ensemble.shared.transactions.Transactions;
import java.util.Objects;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * {@link Transactions} over JDBI: opens a handle, begins a transaction and binds the handle to the
 * current thread, so every repository call made through the same {@link JdbiHandles} inside
 * {@code work} joins it. A nested call joins the outer transaction (no savepoint): the outermost
 * call commits or rolls back everything.
 */
public final class JdbiTransactions implements Transactions {
    private final JdbiHandles handles;

    /** @param handles the handle provider the repositories use */
    public JdbiTransactions(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    /**
     * Runs {@code work} in one database transaction, committed when it returns and rolled back when
     * it throws (the exception is rethrown unchanged unless it means "database unreachable").
     *
     * @return what {@code work} returns
     * @throws io.ensemble.shared.errors.ProviderUnavailable when the database cannot be reached, including
     *     at begin or commit
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (handles.current() != null) {
            return work.get();
        }
        Handle handle = handles.open();
        try {
            handle.begin();
            handles.bind(handle);
            T result = work.get();
            handle.commit();
            return result;
        } catch (RuntimeException e) {
            rollbackQuietly(handle, e);
            throw JdbiHandles.translate(e);
        } catch (Error e) {
            rollbackQuietly(handle, e);
            throw e;
        } finally {
            handles.unbind();
            closeQuietly(handle);
        }
    }

    private static void rollbackQuietly(Handle handle, Throwable failure) {
        try {
            handle.rollback();
        } catch (RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    private static void closeQuietly(Handle handle) {
        try {
            handle.close();
        } catch (RuntimeException ignored) {
            // the connection is already broken or was rolled back; nothing more to release
        }
    }
}
