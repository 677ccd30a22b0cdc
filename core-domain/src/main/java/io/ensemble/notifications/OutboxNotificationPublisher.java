package io.ensemble.notifications;

import io.ensemble.shared.IdGenerator;
import io.ensemble.shared.Outbox;
import io.ensemble.shared.OutboxEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link NotificationPublisher} of DESIGN §Patterns "Outbox": writes the notification row and a
 * {@code notification_received} outbox event (the seeds/001 socket event, for live delivery by the
 * realtime relay) in the caller's transaction.
 */
public final class OutboxNotificationPublisher implements NotificationPublisher {
    /** Outbox event type of a new notification; the realtime gateway emits it under this name. */
    public static final String NOTIFICATION_RECEIVED = "notification_received";

    private final NotificationRepository notifications;
    private final Outbox outbox;
    private final IdGenerator ids;
    private final Clock clock;

    public OutboxNotificationPublisher(NotificationRepository notifications, Outbox outbox, IdGenerator ids,
                                       Clock clock) {
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Inserts the notification and its outbox event. @return the stored notification */
    @Override
    public Notification publish(NewNotification n) {
        Instant now = clock.instant();
        Notification stored = new Notification(ids.newId(), n.recipientId(), n.type(), n.title(), n.body(),
                n.actorId(), n.subjectId(), Optional.empty(), now);
        notifications.insert(stored);
        outbox.append(new OutboxEvent(ids.newId(), NOTIFICATION_RECEIVED, n.recipientId(), payload(stored), now));
        return stored;
    }

    /** Small JSON object with ids and type only (no free text), built without a JSON library. */
    private static String payload(Notification n) {
        return "{\"notificationId\":\"" + n.id() + "\",\"type\":\"" + n.type().name() + "\""
                + n.subjectId().map(s -> ",\"subjectId\":\"" + s + "\"").orElse("")
                + n.actorId().map(UUID::toString).map(a -> ",\"actorId\":\"" + a + "\"").orElse("")
                + "}";
    }
}
