package io.ensemble.notifications;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a context asks {@link NotificationPublisher} to tell a user; id and time are assigned on
 * publishing.
 *
 * @param recipientId who is notified
 * @param actorId who caused it, when someone did
 * @param subjectId what it is about (e.g. a connection request id), when anything
 */
public record NewNotification(UUID recipientId, NotificationType type, String title, String body,
                              Optional<UUID> actorId, Optional<UUID> subjectId) {
    public NewNotification {
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(subjectId, "subjectId");
    }
}
