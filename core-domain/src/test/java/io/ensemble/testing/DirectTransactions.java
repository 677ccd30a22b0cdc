package io.ensemble.testing;

import io.ensemble.shared.transactions.Transactions;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Runs the work right away, with no rollback; counts units of work. */
public final class DirectTransactions implements Transactions {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        count.incrementAndGet();
        return work.get();
    }

    public int count() {
        return count.get();
    }
}
