package io.ensemble.notifications;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An in-app notification of one user (seeds/001 §Notifications).
 *
 * @param userId the recipient; only they may read, mark or delete it
 * @param actorId the user whose action caused it, when there is one
 * @param subjectId the entity it is about (e.g. a connection request id), when there is one
 * @param title short headline, at most 200 characters
 * @param body one-sentence text, at most 1000 characters
 * @param readAt when it was marked read (UTC); empty while unread
 */
public record Notification(UUID id, UUID userId, NotificationType type, String title, String body,
                           Optional<UUID> actorId, Optional<UUID> subjectId, Optional<Instant> readAt,
                           Instant createdAt) {
    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(readAt, "readAt");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** @return whether it was marked read */
    public boolean read() {
        return readAt.isPresent();
    }
}
