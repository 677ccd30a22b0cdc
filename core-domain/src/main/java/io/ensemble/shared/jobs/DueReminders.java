package io.ensemble.shared.jobs;

import io.ensemble.shared.transactions.Transactions;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * The loop every "remind each attendee once" job shares (events' 24 h reminders, agency meetings' 15 min
 * ones): take the due reminders a batch at a time and send each inside its own transaction, where
 * {@code sendOnce} first claims it (marks it sent) and only then notifies, so two nodes or a rerun never
 * send one twice and a failure leaves it due.
 */
public final class DueReminders {
    private DueReminders() {
    }

    /**
     * @param due the next batch of due reminders (at most {@code batch}; sent ones are no longer due)
     * @param sendOnce claims one reminder and sends it; false when another run had claimed it
     * @param batch the batch size {@code due} is called with
     * @return how many reminders this run sent
     */
    public static <D> int sendAll(IntFunction<List<D>> due, Predicate<D> sendOnce, int batch,
                                  Transactions transactions) {
        Objects.requireNonNull(transactions, "transactions");
        int sent = 0;
        while (true) {
            List<D> page = due.apply(batch);
            for (D d : page) {
                sent += transactions.inTransaction(() -> sendOnce.test(d)) ? 1 : 0;
            }
            if (page.size() < batch) {
                return sent;
            }
        }
    }
}
