package io.ensemble.notifications;

import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.outbox.Outbox;
import io.ensemble.shared.outbox.OutboxEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link NotificationPublisher} of DESIGN §Patterns "Outbox": in the caller's transaction, per the
 * recipient's preferences, writes the notification row with a {@link NotificationEvent.Received} outbox
 * event (the seeds/001 socket event, for live delivery by the realtime relay) and queues one
 * {@link PendingDelivery} per email/push channel (sent after commit, with retries, by
 * {@link NotificationDeliveryService}).
 */
public final class OutboxNotificationPublisher implements NotificationPublisher {
    /**
     * With in-app off for a collapsed type there is no unread row to collapse into: then at most one
     * email/push per subject is queued in this window.
     */
    public static final Duration COLLAPSE_WINDOW = Duration.ofHours(1);

    private final NotificationRepository notifications;
    private final PreferenceRepository preferences;
    private final DeliveryQueue deliveries;
    private final Outbox outbox;
    private final IdGenerator ids;
    private final Clock clock;

    /** Wires the ports; every call joins the caller's transaction. */
    public OutboxNotificationPublisher(NotificationRepository notifications, PreferenceRepository preferences,
                                       DeliveryQueue deliveries, Outbox outbox, IdGenerator ids, Clock clock) {
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Stores and queues per preference. @return the in-app notification, when in-app is on */
    @Override
    public Optional<Notification> publish(NewNotification n) {
        return notify(n, false);
    }

    /** @throws IllegalArgumentException when {@code n} has no subject */
    @Override
    public Optional<Notification> publishCollapsed(NewNotification n) {
        if (n.subjectId().isEmpty()) {
            throw new IllegalArgumentException("a collapsed notification needs a subject");
        }
        return notify(n, true);
    }

    private Optional<Notification> notify(NewNotification n, boolean collapse) {
        Instant now = clock.instant();
        ChannelChoice choice = NotificationPreferences.of(preferences.find(n.recipientId())).choiceFor(n.type());
        Optional<Notification> stored = Optional.empty();
        if (choice.inApp()) {
            Notification row = new Notification(ids.newId(), n.recipientId(), n.type(), n.title(), n.body(),
                    n.actorId(), n.subjectId(), Optional.empty(), now);
            if (collapse) {
                if (!notifications.insertCollapsed(row)) {
                    return Optional.empty();
                }
            } else {
                notifications.insert(row);
            }
            outbox.append(new OutboxEvent(ids.newId(), n.recipientId(), NotificationEvent.Received.of(row), now));
            stored = Optional.of(row);
        } else if (collapse && deliveries.queuedSince(n.recipientId(), n.type(), n.subjectId().orElseThrow(),
                now.minus(COLLAPSE_WINDOW))) {
            return Optional.empty();
        }
        for (NotificationChannel channel : new NotificationChannel[] {NotificationChannel.EMAIL, NotificationChannel.PUSH}) {
            if (choice.allows(channel)) {
                deliveries.enqueue(new PendingDelivery(ids.newId(), n.recipientId(), channel, n.type(), n.title(),
                        n.body(), stored.map(Notification::id), n.subjectId(), 0, now));
            }
        }
        return stored;
    }
}
