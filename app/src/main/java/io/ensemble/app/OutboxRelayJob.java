package io.ensemble.app;

import io.dropwizard.lifecycle.Managed;
import io.ensemble.shared.Outbox;
import io.ensemble.shared.OutboxRelay;
import io.ensemble.shared.Transactions;
import java.time.Clock;
import java.time.Duration;

/**
 * Runs the {@link OutboxRelay} in the app (DESIGN §Patterns "Outbox", issue 5 §4): a {@link PollingJob}
 * relays every {@link #POLL_INTERVAL} and hands each event to its handler
 * ({@link io.ensemble.app.outbox.RelayedEffects}: socket events to {@code user:{id}} rooms, chat messages
 * to the offline notifier). Delivery is at least once: a
 * failing run is logged and its whole batch stays unpublished for the next poll (events earlier in that
 * batch may then be handled twice). With several nodes, {@code FOR UPDATE SKIP LOCKED} keeps each row on
 * one relay at a time; the Redis bus fans out.
 *
 * <p>The interval is a constant rather than configuration: 500 ms bounds the live delay while the
 * claim query is an index scan of {@code outbox_unpublished_idx}. A db-scheduler job (DESIGN §Jobs)
 * may replace this later.
 */
final class OutboxRelayJob implements Managed {
    /** Delay between two relay runs (after the previous one ends). */
    static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    /** Events claimed per run. */
    static final int BATCH = 100;

    private final PollingJob poller;

    /** @param handler what each event does (see {@link io.ensemble.app.outbox.OutboxHandlers}) */
    OutboxRelayJob(Outbox outbox, Transactions transactions, OutboxRelay.Handler handler, Clock clock,
                   Duration interval) {
        OutboxRelay relay = new OutboxRelay(outbox, transactions, handler, clock);
        this.poller = new PollingJob("outbox-relay", interval, () -> {
            while (relay.relayOnce(BATCH) == BATCH && !Thread.currentThread().isInterrupted()) {
                // keep going while full batches come back
            }
        });
    }

    /** Starts polling on one daemon thread. */
    @Override
    public void start() {
        poller.start();
    }

    /** Stops polling and waits up to 5 s for a run in progress. */
    @Override
    public void stop() throws InterruptedException {
        poller.stop();
    }
}
