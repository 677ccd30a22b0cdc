package io.ensemble.web.notifications;

import io.ensemble.notifications.Notification;
import java.time.Instant;
import java.util.UUID;

/**
 * A notification: {@code {id, type, title, message, actorId|null, subjectId|null, isRead,
 * readAt|null, createdAt}} (times ISO-8601 UTC).
 */
public record NotificationView(String id, String type, String title, String message, String actorId,
                               String subjectId, boolean isRead, Instant readAt, Instant createdAt) {
    /** @return the view of {@code n} */
    public static NotificationView of(Notification n) {
        return new NotificationView(n.id().toString(), n.type().name(), n.title(), n.body(),
                n.actorId().map(UUID::toString).orElse(null), n.subjectId().map(UUID::toString).orElse(null),
                n.read(), n.readAt().orElse(null), n.createdAt());
    }
}
