package io.ensemble.app;

import io.dropwizard.lifecycle.Managed;
import io.ensemble.notifications.NotificationDeliveryService;
import java.time.Duration;

/**
 * Sends queued email/push notification deliveries in the background (issue 5 §4): every
 * {@link #POLL_INTERVAL} a {@link PollingJob} asks {@link NotificationDeliveryService#deliverDue} for
 * batches of {@link #BATCH} until none is due. Claims are leased rows, so several nodes share the work.
 */
final class NotificationDeliveryJob implements Managed {
    /** Delay between two runs (after the previous one ends). */
    static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    /** Deliveries claimed per batch. */
    static final int BATCH = 20;

    private final PollingJob poller;

    NotificationDeliveryJob(NotificationDeliveryService deliveries, Duration interval) {
        this.poller = new PollingJob("notification-delivery", interval, () -> {
            while (deliveries.deliverDue(BATCH) == BATCH && !Thread.currentThread().isInterrupted()) {
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
