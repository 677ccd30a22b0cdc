package io.ensemble.messaging.fakes;

import io.ensemble.shared.transactions.Transactions;
import java.util.function.Supplier;

/** Runs work directly and knows whether a unit of work is open, so tests can prove "publish after commit". */
public final class TrackingTransactions implements Transactions {
    private int depth;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        depth++;
        try {
            return work.get();
        } finally {
            depth--;
        }
    }

    public boolean open() {
        return depth > 0;
    }
}
