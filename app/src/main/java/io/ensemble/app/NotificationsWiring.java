package io.ensemble.app;

import io.dropwizard.core.setup.Environment;
import io.ensemble.app.outbox.OutboxHandlers;
import io.ensemble.app.outbox.RelayedEffects;
import io.ensemble.messaging.RealtimeBus;
import io.ensemble.notifications.NotificationDeliveryService;
import io.ensemble.notifications.NotificationPreferenceService;
import io.ensemble.notifications.NotificationPublisher;
import io.ensemble.notifications.NotificationService;
import io.ensemble.notifications.OfflineMessageNotifier;
import io.ensemble.notifications.OutboxNotificationPublisher;
import io.ensemble.notifications.PresenceProbe;
import io.ensemble.notifications.PushDeviceService;
import io.ensemble.notifications.PushSender;
import io.ensemble.persistence.JdbiOutbox;
import io.ensemble.persistence.notifications.JdbiDeliveryQueue;
import io.ensemble.persistence.notifications.JdbiNotificationRepository;
import io.ensemble.persistence.notifications.JdbiPreferenceRepository;
import io.ensemble.persistence.notifications.JdbiPushDevices;
import io.ensemble.persistence.notifications.JdbiRecipientAddresses;
import io.ensemble.persistence.outbox.OutboxCodec;
import io.ensemble.shared.IdGenerator;
import io.ensemble.shared.Mailer;
import io.ensemble.shared.Outbox;
import io.ensemble.shared.OutboxCleanup;
import io.ensemble.app.jobs.Jobs;
import io.ensemble.web.notifications.NotificationPreferenceResource;
import io.ensemble.web.notifications.NotificationResource;
import io.ensemble.web.notifications.PushDeviceResource;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Wires the notifications context (issue 5 §4): PostgreSQL repositories, the outbox-backed
 * {@link NotificationPublisher} (in-app row, live event and email/push deliveries per preference),
 * the notification, preference and device routes, the {@link NotificationDeliveryJob} sending email
 * through the {@link Mailer} and push through the {@link PushSender} ({@code push.type}), and — once the
 * realtime gateway exists — the {@link OutboxRelayJob}.
 */
final class NotificationsWiring {
    /** When the daily {@code outbox-cleanup} job runs. */
    static final LocalTime OUTBOX_CLEANUP_AT = LocalTime.of(4, 30);
    /** How long relayed outbox events are kept. */
    static final Duration OUTBOX_RETENTION = Duration.ofDays(7);
    /** Publishes notifications inside the caller's transaction; for every context. */
    final NotificationPublisher publisher;
    /** The transactional outbox every context appends to. */
    final Outbox outbox;
    private final Persistence db;
    private final Clock clock;

    private NotificationsWiring(NotificationPublisher publisher, Outbox outbox, Persistence db, Clock clock) {
        this.publisher = publisher;
        this.outbox = outbox;
        this.db = db;
        this.clock = clock;
    }

    /**
     * Builds the context, registers its resources, starts the delivery job with the app and
     * registers the daily {@code outbox-cleanup} job ({@link OutboxCleanup}).
     *
     * @return the ports other contexts consume
     */
    static NotificationsWiring register(Environment env, Persistence db, Mailer mailer, PushSender push, Jobs jobs,
                                        IdGenerator ids, Clock clock) {
        var notifications = new JdbiNotificationRepository(db.handles);
        var preferences = new JdbiPreferenceRepository(db.handles);
        var deliveries = new JdbiDeliveryQueue(db.handles);
        var devices = new JdbiPushDevices(db.handles);
        var outbox = new JdbiOutbox(db.handles);
        var publisher = new OutboxNotificationPublisher(notifications, preferences, deliveries, outbox, ids, clock);
        env.jersey().register(new NotificationResource(
                new NotificationService(notifications, outbox, db.transactions, ids, clock)));
        env.jersey().register(new NotificationPreferenceResource(
                new NotificationPreferenceService(preferences, db.transactions)));
        env.jersey().register(new PushDeviceResource(new PushDeviceService(devices, clock)));
        env.lifecycle().manage(new NotificationDeliveryJob(new NotificationDeliveryService(deliveries,
                new JdbiRecipientAddresses(db.handles), devices, mailer, push, clock), NotificationDeliveryJob.POLL_INTERVAL));
        OutboxCleanup cleanup = new OutboxCleanup(outbox, OUTBOX_RETENTION);
        jobs.daily("outbox-cleanup", OUTBOX_CLEANUP_AT, now -> "deleted " + cleanup.purge(now) + " relayed outbox events");
        return new NotificationsWiring(publisher, outbox, db, clock);
    }

    /**
     * Starts the outbox relay: socket events to {@code bus}, chat messages to the offline notifier.
     *
     * @param presence whether a user has an open socket (the realtime gateway)
     * @param announcer pushes a chat message stored by another context live ({@code MessagingService::announce})
     */
    void relay(Environment env, RealtimeBus bus, PresenceProbe presence, Consumer<UUID> announcer) {
        OutboxHandlers handlers = RelayedEffects.handlers(bus,
                new OfflineMessageNotifier(presence, new JdbiRecipientAddresses(db.handles), publisher), announcer,
                OutboxCodec.standard());
        env.lifecycle().manage(new OutboxRelayJob(outbox, db.transactions, handlers, clock, OutboxRelayJob.POLL_INTERVAL));
    }
}
