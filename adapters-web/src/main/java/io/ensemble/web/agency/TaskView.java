package io.ensemble.web.agency;

import io.ensemble.agency.Task;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A task (issue 22 §1, seeds/003 {@code /api/tasks}): {@code {id, title, description, assigneeIds, dueAt|null,
 * priority (low|medium|high|urgent), status (todo|in_progress|review|done), attachmentIds, createdBy,
 * createdAt, updatedAt}}.
 */
public record TaskView(String id, String title, String description, List<String> assigneeIds, Instant dueAt,
                       String priority, String status, List<String> attachmentIds, String createdBy,
                       Instant createdAt, Instant updatedAt) {
    /** @return the view of {@code t} */
    public static TaskView of(Task t) {
        return new TaskView(t.id().toString(), t.title(), t.description(),
                t.assigneeIds().stream().map(UUID::toString).toList(), t.dueAt().orElse(null), t.priority().code(),
                t.status().code(), t.attachmentIds().stream().map(UUID::toString).toList(), t.createdBy().toString(),
                t.createdAt(), t.updatedAt());
    }
}
