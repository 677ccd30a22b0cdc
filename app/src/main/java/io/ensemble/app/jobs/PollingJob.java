package io.ensemble.app.jobs;

import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntUnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Managed} background poller: one daemon thread runs {@code work} with a fixed delay between
 * the end of a run and the start of the next. A run that throws is logged and the schedule goes on.
 * {@link #draining} builds the usual kind, which works through leased batches until one comes back
 * short: the outbox relay, notification deliveries and forgot-password mail (DESIGN §Jobs may move
 * them to db-scheduler later).
 */
public final class PollingJob implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(PollingJob.class);

    private final String name;
    private final Duration interval;
    private final Runnable work;
    private ScheduledExecutorService executor;

    /**
     * @param name thread name, also used in log lines
     * @param interval delay between runs (and before the first)
     * @param work one run; should drain what is due
     */
    public PollingJob(String name, Duration interval, Runnable work) {
        this.name = Objects.requireNonNull(name, "name");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.work = Objects.requireNonNull(work, "work");
    }

    /**
     * A poller whose run asks {@code batchOf} for batches of {@code batch} items while full batches
     * come back (and the thread is not interrupted). Claims are leased rows, so several nodes share the work.
     *
     * @param name thread name, also used in log lines
     * @param interval delay between runs (and before the first)
     * @param batch items asked for per call, at least 1
     * @param batchOf handles up to the given number of due items and answers how many it handled
     * @return the poller, to be managed by the application's lifecycle
     * @throws IllegalArgumentException for a batch below 1
     */
    public static PollingJob draining(String name, Duration interval, int batch, IntUnaryOperator batchOf) {
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be at least 1");
        }
        Objects.requireNonNull(batchOf, "batchOf");
        return new PollingJob(name, interval, () -> {
            while (batchOf.applyAsInt(batch) == batch && !Thread.currentThread().isInterrupted()) {
                // keep going while full batches come back
            }
        });
    }

    /** Starts polling on one daemon thread. */
    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        long ms = interval.toMillis();
        executor.scheduleWithFixedDelay(this::runOnce, ms, ms, TimeUnit.MILLISECONDS);
    }

    /** Runs the work once; never throws (that would stop the schedule). */
    void runOnce() {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.warn("{} run failed; retried at the next poll", name, e);
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
