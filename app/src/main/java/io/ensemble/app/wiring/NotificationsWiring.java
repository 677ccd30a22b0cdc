package io.ensemble.app.wiring;

import io.dropwizard.core.setup.Environment;
import io.ensemble.app.jobs.Jobs;
import io.ensemble.app.jobs.PollingJob;
import io.ensemble.notifications.NotificationDeliveryService;
import io.ensemble.notifications.NotificationPreferenceService;
import io.ensemble.notifications.NotificationPublisher;
import io.ensemble.notifications.NotificationService;
import io.ensemble.notifications.OutboxNotificationPublisher;
import io.ensemble.notifications.PushDeviceService;
import io.ensemble.notifications.PushSender;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.mail.Mailer;
import io.ensemble.shared.outbox.OutboxCleanup;
import io.ensemble.web.notifications.NotificationPreferenceResource;
import io.ensemble.web.notifications.NotificationResource;
import io.ensemble.web.notifications.PushDeviceResource;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;

/**
 * Wires the notifications context (issue 5 §4): the outbox-backed {@link NotificationPublisher} (in-app
 * row, live event and email/push deliveries per preference) over the shared repositories, the
 * notification, preference and device routes, the {@code notification-delivery} poller sending email
 * through the {@link Mailer} and push through the {@link PushSender} ({@code push.type}), and the daily
 * {@code outbox-cleanup} job. The outbox relay is wired by {@link OutboxWiring} once the realtime
 * gateway exists.
 */
public final class NotificationsWiring {
    /** When the daily {@code outbox-cleanup} job runs. */
    public static final LocalTime OUTBOX_CLEANUP_AT = LocalTime.of(4, 30);
    /** How long relayed outbox events are kept. */
    public static final Duration OUTBOX_RETENTION = Duration.ofDays(7);
    /** Delay between two runs of the delivery poller (after the previous one ends). */
    public static final Duration DELIVERY_POLL_INTERVAL = Duration.ofSeconds(1);
    /** Deliveries claimed per batch. */
    public static final int DELIVERY_BATCH = 20;

    private NotificationsWiring() {
    }

    /**
     * Builds the context, registers its resources, starts the delivery poller with the app and
     * registers the daily {@code outbox-cleanup} job ({@link OutboxCleanup}).
     *
     * @return publishes notifications inside the caller's transaction; for every context
     */
    public static NotificationPublisher register(Environment env, Persistence db, Mailer mailer, PushSender push,
                                                 Jobs jobs, IdGenerator ids, Clock clock) {
        var publisher = new OutboxNotificationPublisher(db.notifications, db.preferences, db.deliveries, db.outbox,
                ids, clock);
        env.jersey().register(new NotificationResource(
                new NotificationService(db.notifications, db.outbox, db.transactions, ids, clock)));
        env.jersey().register(new NotificationPreferenceResource(
                new NotificationPreferenceService(db.preferences, db.transactions)));
        env.jersey().register(new PushDeviceResource(new PushDeviceService(db.pushDevices, clock)));
        var delivery = new NotificationDeliveryService(db.deliveries, db.recipientAddresses, db.pushDevices, mailer,
                push, clock);
        env.lifecycle().manage(PollingJob.draining("notification-delivery", DELIVERY_POLL_INTERVAL, DELIVERY_BATCH,
                delivery::deliverDue));
        OutboxCleanup cleanup = new OutboxCleanup(db.outbox, OUTBOX_RETENTION);
        jobs.daily("outbox-cleanup", OUTBOX_CLEANUP_AT, now -> "deleted " + cleanup.purge(now) + " relayed outbox events");
        return publisher;
    }
}
