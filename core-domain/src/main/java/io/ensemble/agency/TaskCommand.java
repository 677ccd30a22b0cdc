package io.ensemble.agency;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.paging.FilterValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A task as sent (issue 22 §1): {@code title} (1..200), {@code description} (up to 5000), {@code assigneeIds}
 * (1..20 user ids), {@code dueAt} (ISO-8601 UTC or null), {@code priority} ({@code low|medium|high|urgent},
 * default medium), {@code status} (edit only, one step from the current one) and {@code attachmentIds}
 * (up to 20 media ids). On an edit only present fields change.
 */
public record TaskCommand(String title, String description, List<String> assigneeIds, String dueAt, String priority,
                          String status, List<String> attachmentIds) {
    /** The parts present in the command, checked. */
    public record Parsed(Optional<String> title, Optional<String> description, Optional<List<UUID>> assigneeIds,
                         Optional<Instant> dueAt, Optional<TaskPriority> priority, Optional<TaskStatus> status,
                         Optional<List<UUID>> attachmentIds) {
        /** @return whether anything but the status is to change */
        public boolean editsDetails() {
            return title.isPresent() || description.isPresent() || assigneeIds.isPresent() || dueAt.isPresent()
                    || priority.isPresent() || attachmentIds.isPresent();
        }
    }

    /** @throws ValidationFailed naming each bad field; {@code title} and {@code assigneeIds} are required */
    public Parsed forCreate() {
        List<FieldError> errors = new ArrayList<>();
        if (title == null || title.isBlank()) {
            errors.add(new FieldError("title", "is required"));
        }
        if (assigneeIds == null || assigneeIds.isEmpty()) {
            errors.add(new FieldError("assigneeIds", "must name at least one member"));
        }
        if (status != null) {
            errors.add(new FieldError("status", "a new task starts as todo"));
        }
        return parse(errors);
    }

    /** @throws ValidationFailed naming each bad field */
    public Parsed forEdit() {
        List<FieldError> errors = new ArrayList<>();
        if (title != null && title.isBlank()) {
            errors.add(new FieldError("title", "must not be blank"));
        }
        if (assigneeIds != null && assigneeIds.isEmpty()) {
            errors.add(new FieldError("assigneeIds", "must name at least one member"));
        }
        return parse(errors);
    }

    private Parsed parse(List<FieldError> errors) {
        Optional<String> t = Optional.ofNullable(title).map(String::strip).filter(s -> !s.isEmpty());
        t.filter(s -> s.length() > 200).ifPresent(s -> errors.add(new FieldError("title", "must be at most 200 characters")));
        Optional<String> d = Optional.ofNullable(description).map(String::strip);
        d.filter(s -> s.length() > 5000).ifPresent(s -> errors.add(new FieldError("description",
                "must be at most 5000 characters")));
        Optional<List<UUID>> assignees = ids("assigneeIds", assigneeIds, errors);
        Optional<Instant> due = FilterValues.present(dueAt).flatMap(v -> FilterValues.instant("dueAt", v, errors));
        Optional<TaskPriority> p = Optional.ofNullable(priority).flatMap(v -> {
            Optional<TaskPriority> parsed = TaskPriority.parse(v);
            if (parsed.isEmpty()) {
                errors.add(new FieldError("priority", "must be one of " + TaskPriority.names()));
            }
            return parsed;
        });
        Optional<TaskStatus> s = Optional.ofNullable(status).flatMap(v -> {
            Optional<TaskStatus> parsed = TaskStatus.parse(v);
            if (parsed.isEmpty()) {
                errors.add(new FieldError("status", "must be one of " + TaskStatus.names()));
            }
            return parsed;
        });
        Optional<List<UUID>> attachments = ids("attachmentIds", attachmentIds, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new Parsed(t, d, assignees, due, p, s, attachments);
    }

    private static Optional<List<UUID>> ids(String field, List<String> values, List<FieldError> errors) {
        if (values == null) {
            return Optional.empty();
        }
        if (values.size() > 20) {
            errors.add(new FieldError(field, "at most 20 ids"));
            return Optional.empty();
        }
        LinkedHashSet<UUID> out = new LinkedHashSet<>();
        List<FieldError> bad = new ArrayList<>();
        for (String v : values) {
            FilterValues.userId(field, v == null ? "" : v.strip(), bad).ifPresent(out::add);
        }
        if (!bad.isEmpty()) {
            errors.add(new FieldError(field, "each entry must be an id (UUID)"));
        }
        return Optional.of(List.copyOf(out));
    }
}
