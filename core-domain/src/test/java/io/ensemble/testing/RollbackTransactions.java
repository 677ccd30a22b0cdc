package io.ensemble.testing;

import io.ensemble.shared.transactions.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Snapshots the given stores before the work and restores them when it throws, like a database
 * rollback. Nested units join the outer one.
 */
public final class RollbackTransactions implements Transactions {
    private final List<Snapshottable> stores;
    private final ThreadLocal<Boolean> active = ThreadLocal.withInitial(() -> false);
    private final AtomicInteger commits = new AtomicInteger();
    private final AtomicInteger rollbacks = new AtomicInteger();

    public RollbackTransactions(Snapshottable... stores) {
        this.stores = List.of(stores);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (active.get()) {
            return work.get();
        }
        List<Runnable> restore = new ArrayList<>();
        stores.forEach(s -> restore.add(s.snapshot()));
        active.set(true);
        try {
            T result = work.get();
            commits.incrementAndGet();
            return result;
        } catch (RuntimeException | Error e) {
            restore.forEach(Runnable::run);
            rollbacks.incrementAndGet();
            throw e;
        } finally {
            active.set(false);
        }
    }

    public int commits() {
        return commits.get();
    }

    public int rollbacks() {
        return rollbacks.get();
    }
}
