package io.ensemble.agency;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A comment on a task by an admin or an assignee; {@code body} 1..2000 characters. */
public record TaskComment(UUID id, UUID taskId, UUID authorId, String body, Instant createdAt) {
    public TaskComment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
