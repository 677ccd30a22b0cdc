package io.ensemble.app;

import io.dropwizard.lifecycle.Managed;
import io.ensemble.identity.PasswordResetService;
import java.time.Duration;

/**
 * Mails queued forgot-password codes in the background (issue 28 §4), so the forgot-password answer
 * never waits for the mail server: every {@link #POLL_INTERVAL} a {@link PollingJob} asks
 * {@link PasswordResetService#sendQueuedResets} for batches of {@link #BATCH} until none is due.
 * Claims are leased rows, so several nodes share the work.
 */
final class ResetMailJob implements Managed {
    /** Delay between two runs (after the previous one ends). */
    static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    /** Requests claimed per batch. */
    static final int BATCH = 20;

    private final PollingJob poller;

    ResetMailJob(PasswordResetService resets, Duration interval) {
        this.poller = new PollingJob("password-reset-mail", interval, () -> {
            while (resets.sendQueuedResets(BATCH) == BATCH && !Thread.currentThread().isInterrupted()) {
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
