package io.ensemble.app.outbox;

import io.ensemble.app.jobs.PollingJob;
import io.ensemble.shared.outbox.Outbox;
import io.ensemble.shared.outbox.OutboxRelay;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Duration;

/**
 * Runs the {@link OutboxRelay} in the app (DESIGN §Patterns "Outbox", issue 5 §4): a {@link PollingJob}
 * relays every {@link #POLL_INTERVAL} and hands each event to its handler
 * ({@link RelayedEffects}: socket events to {@code user:{id}} rooms, chat messages
 * to the offline notifier). Delivery is at least once: a
 * failing run is logged and its whole batch stays unpublished for the next poll (events earlier in that
 * batch may then be handled twice). With several nodes, {@code FOR UPDATE SKIP LOCKED} keeps each row on
 * one relay at a time; the Redis bus fans out.
 *
 * <p>The interval is a constant rather than configuration: 500 ms bounds the live delay while the
 * claim query is an index scan of {@code outbox_unpublished_idx}. A db-scheduler job (DESIGN §Jobs)
 * may replace this later.
 */
public final class OutboxRelayJob {
    /** Delay between two relay runs (after the previous one ends). */
    public static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    /** Events claimed per run. */
    static final int BATCH = 100;

    private OutboxRelayJob() {
    }

    /**
     * @param handler what each event does (see {@link OutboxHandlers})
     * @return the relay's poller, to be managed by the application's lifecycle
     */
    public static PollingJob over(Outbox outbox, Transactions transactions, OutboxRelay.Handler handler, Clock clock,
                                  Duration interval) {
        OutboxRelay relay = new OutboxRelay(outbox, transactions, handler, clock);
        return PollingJob.draining("outbox-relay", interval, BATCH, relay::relayOnce);
    }
}
