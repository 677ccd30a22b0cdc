package io.ensemble.agency;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A task of the team (seeds/003 {@code /api/tasks}, issue 22 §1).
 *
 * @param assigneeIds the members who work on it (at least one), in the order given
 * @param dueAt when it is due (UTC), if set
 * @param attachmentIds media ids (media context) attached by admins
 * @param createdBy the admin who created it
 * @param version bumped by every change (compare-and-set)
 */
public record Task(UUID id, String title, String description, List<UUID> assigneeIds, Optional<Instant> dueAt,
                   TaskPriority priority, TaskStatus status, List<UUID> attachmentIds, UUID createdBy, long version,
                   Instant createdAt, Instant updatedAt) {
    public Task {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        assigneeIds = List.copyOf(assigneeIds);
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(status, "status");
        attachmentIds = List.copyOf(attachmentIds);
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** @return whether {@code userId} is one of the assignees */
    public boolean assignedTo(UUID userId) {
        return assigneeIds.contains(userId);
    }
}
