package io.ensemble.agency;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.paging.FilterValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which tasks a list shows; present parts must all match.
 *
 * @param assigneeId tasks assigned to this user
 * @param status tasks in this status
 * @param dueFrom due at or after (UTC)
 * @param dueTo due strictly before (UTC)
 */
public record TaskFilter(Optional<UUID> assigneeId, Optional<TaskStatus> status, Optional<Instant> dueFrom,
                         Optional<Instant> dueTo) {
    /** @return a copy that also requires {@code assignee} */
    public TaskFilter assignedTo(UUID assignee) {
        return new TaskFilter(Optional.of(assignee), status, dueFrom, dueTo);
    }

    /**
     * Reads the query string; null or blank means "not filtered".
     *
     * @throws ValidationFailed naming {@code assigneeId}, {@code status}, {@code dueFrom} or {@code dueTo}
     */
    public static TaskFilter parse(String assigneeId, String status, String dueFrom, String dueTo) {
        List<FieldError> errors = new ArrayList<>();
        Optional<UUID> assignee = FilterValues.present(assigneeId).flatMap(v -> FilterValues.userId("assigneeId", v,
                errors));
        Optional<TaskStatus> s = FilterValues.present(status).flatMap(v -> {
            Optional<TaskStatus> parsed = TaskStatus.parse(v);
            if (parsed.isEmpty()) {
                errors.add(new FieldError("status", "must be one of " + TaskStatus.names()));
            }
            return parsed;
        });
        Optional<Instant> from = FilterValues.present(dueFrom).flatMap(v -> FilterValues.instant("dueFrom", v, errors));
        Optional<Instant> to = FilterValues.present(dueTo).flatMap(v -> FilterValues.instant("dueTo", v, errors));
        if (from.isPresent() && to.isPresent() && !to.get().isAfter(from.get())) {
            errors.add(new FieldError("dueTo", "must be after dueFrom"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new TaskFilter(assignee, s, from, to);
    }
}
