package io.ensemble.shared.transactions;

import java.util.function.Supplier;

/**
 * Runs a unit of work atomically: every repository call made inside {@code work} on this thread
 * joins one database transaction, committed when {@code work} returns and rolled back when it throws.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
