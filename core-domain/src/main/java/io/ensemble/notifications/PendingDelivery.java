package io.ensemble.notifications;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An email or push delivery of one notification, queued in the transaction that created the
 * notification and sent after commit with retries (issue 5 §4). It carries its own text, so it is
 * sent even when the in-app copy is off or was deleted meanwhile.
 *
 * @param channel {@link NotificationChannel#EMAIL} or {@link NotificationChannel#PUSH}
 * @param notificationId the in-app notification, when the user keeps in-app ones for this type
 * @param subjectId what the notification is about, when anything
 * @param attempts sends tried so far
 */
public record PendingDelivery(UUID id, UUID userId, NotificationChannel channel, NotificationType type,
                              String title, String body, Optional<UUID> notificationId, Optional<UUID> subjectId,
                              int attempts, Instant createdAt) {
    public PendingDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(channel, "channel");
        if (channel == NotificationChannel.IN_APP) {
            throw new IllegalArgumentException("in-app notifications are not queued for delivery");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(notificationId, "notificationId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
