package io.ensemble.notifications;

import io.ensemble.shared.outbox.DomainEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Events of the notifications context, relayed after commit to the recipient's devices (room
 * {@code user:{id}}, seeds/001 §Notification Events). Their fields are the socket payloads: ids,
 * type and times only, never free text.
 */
public sealed interface NotificationEvent extends DomainEvent {
    /** Socket event name of {@link Received}. */
    String RECEIVED = "notification_received";
    /** Socket event name of {@link Read}. */
    String READ = "notification_read";
    /** Socket event name of {@link Deleted}. */
    String DELETED = "notification_deleted";

    /** @return the seeds/001 socket event this is sent as, e.g. {@code notification_received} */
    String socketEvent();

    /**
     * A new in-app notification ({@code notification_received}).
     *
     * @param type the notification's type
     * @param subjectId what it is about, when anything
     * @param actorId who caused it, when anyone
     */
    record Received(UUID notificationId, NotificationType type, Optional<UUID> subjectId, Optional<UUID> actorId)
            implements NotificationEvent {
        public Received {
            Objects.requireNonNull(notificationId, "notificationId");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(subjectId, "subjectId");
            Objects.requireNonNull(actorId, "actorId");
        }

        /** @return the event of a stored notification */
        public static Received of(Notification n) {
            return new Received(n.id(), n.type(), n.subjectId(), n.actorId());
        }

        @Override
        public String socketEvent() {
            return RECEIVED;
        }
    }

    /**
     * Notifications were marked read ({@code notification_read}): one, or all of the user's.
     *
     * @param notificationId the one marked read; empty when all were
     * @param readAt when (UTC)
     */
    record Read(Optional<UUID> notificationId, Instant readAt) implements NotificationEvent {
        public Read {
            Objects.requireNonNull(notificationId, "notificationId");
            Objects.requireNonNull(readAt, "readAt");
        }

        /** @return whether every notification of the user was marked read */
        public boolean all() {
            return notificationId.isEmpty();
        }

        @Override
        public String socketEvent() {
            return READ;
        }
    }

    /** A notification was deleted ({@code notification_deleted}). */
    record Deleted(UUID notificationId) implements NotificationEvent {
        public Deleted {
            Objects.requireNonNull(notificationId, "notificationId");
        }

        @Override
        public String socketEvent() {
            return DELETED;
        }
    }
}
