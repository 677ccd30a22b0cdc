package io.ensemble.shared.outbox;

import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Relays committed outbox events to a {@link Handler} (realtime fan-out, push, mail) after commit:
 * one batch per {@link #relayOnce} call, claimed and marked published in one transaction, so an
 * event is delivered at least once and, with several nodes, by one node at a time. The app runs it
 * every 500 ms ({@code io.ensemble.app.outbox.OutboxRelayJob}).
 */
public final class OutboxRelay {
    /** Delivers one event; throwing leaves the whole batch unpublished for the next run. */
    public interface Handler {
        void deliver(OutboxEvent event);
    }

    private final Outbox outbox;
    private final Transactions transactions;
    private final Handler handler;
    private final Clock clock;

    /** @param handler where events go, e.g. the {@code RealtimeBus} for {@code notification_received} */
    public OutboxRelay(Outbox outbox, Transactions transactions, Handler handler, Clock clock) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Claims up to {@code max} unpublished events, delivers them in order and marks them published.
     *
     * @param max batch size, 1..1000
     * @return how many events were delivered
     */
    public int relayOnce(int max) {
        return transactions.inTransaction(() -> {
            List<OutboxEvent> batch = outbox.claimUnpublished(Math.max(1, Math.min(1000, max)));
            for (OutboxEvent event : batch) {
                handler.deliver(event);
            }
            outbox.markPublished(batch.stream().map(OutboxEvent::id).toList(), clock.instant());
            return batch.size();
        });
    }
}
