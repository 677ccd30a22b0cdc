package io.ensemble.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.lifecycle.Managed;
import io.ensemble.messaging.RealtimeBus;
import io.ensemble.notifications.OutboxNotificationPublisher;
import io.ensemble.shared.Outbox;
import io.ensemble.shared.OutboxEvent;
import io.ensemble.shared.OutboxRelay;
import io.ensemble.shared.Transactions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link OutboxRelay} in the app (DESIGN §Patterns "Outbox", issue 5 §4): one daemon thread
 * polls every {@link #POLL_INTERVAL} and pushes each {@code notification_received} event to room
 * {@code user:{recipientId}} on the {@link RealtimeBus}, so connected sockets ({@code /ws} and
 * Socket.IO) get it live. Delivery is at least once: a failing run is logged and its whole batch stays
 * unpublished for the next poll (events earlier in that batch may then be pushed twice). With several
 * nodes, {@code FOR UPDATE SKIP LOCKED} keeps each row on one relay at a time; the Redis bus fans out.
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
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelayJob.class);

    private final OutboxRelay relay;
    private final Duration interval;
    private ScheduledExecutorService executor;

    /**
     * @param bus where events are published (the node's publisher: local, or Redis to every node)
     * @param json parses the stored payload into the frame's {@code data}
     */
    OutboxRelayJob(Outbox outbox, Transactions transactions, RealtimeBus bus, ObjectMapper json, Clock clock,
                   Duration interval) {
        this.relay = new OutboxRelay(outbox, transactions, handler(bus, json), clock);
        this.interval = Objects.requireNonNull(interval, "interval");
    }

    /**
     * The relay's handler: {@code notification_received} goes to the recipient's user room with the
     * stored JSON payload as data; other types (none exist yet) are logged and skipped, so they cannot
     * block the queue.
     */
    static OutboxRelay.Handler handler(RealtimeBus bus, ObjectMapper json) {
        Objects.requireNonNull(bus, "bus");
        Objects.requireNonNull(json, "json");
        return (OutboxEvent event) -> {
            if (!OutboxNotificationPublisher.NOTIFICATION_RECEIVED.equals(event.type())) {
                LOG.warn("outbox event {} of unknown type {} skipped", event.id(), event.type());
                return;
            }
            JsonNode payload;
            try {
                payload = json.readTree(event.payload());
            } catch (IOException e) {
                throw new UncheckedIOException("outbox event " + event.id() + " has an unreadable payload", e);
            }
            bus.publish(RealtimeBus.userRoom(event.recipientId()), event.type(), payload);
        };
    }

    /** Starts polling on one daemon thread. */
    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbox-relay");
            t.setDaemon(true);
            return t;
        });
        long ms = interval.toMillis();
        executor.scheduleWithFixedDelay(this::runOnce, ms, ms, TimeUnit.MILLISECONDS);
    }

    /** Relays one batch, draining a backlog in successive batches; never throws (that would stop the schedule). */
    void runOnce() {
        try {
            while (relay.relayOnce(BATCH) == BATCH && !Thread.currentThread().isInterrupted()) {
                // keep going while full batches come back
            }
        } catch (RuntimeException e) {
            LOG.warn("outbox relay run failed; the batch stays unpublished and is retried", e);
        }
    }

    /** Stops polling and waits up to 5 s for a run in progress. */
    @Override
    public synchronized void stop() throws InterruptedException {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
        executor = null;
    }
}
