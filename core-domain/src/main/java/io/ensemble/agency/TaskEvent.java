package io.ensemble.agency;

import io.ensemble.shared.outbox.DomainEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Domain events of agency tasks (DESIGN §Domain events; seeds/003 §Real-time Updates), one outbox row per
 * recipient (each assignee and every active admin), relayed after commit to room {@code user:{id}} under
 * {@link #socketEvent()} with the record as the frame's data.
 */
public sealed interface TaskEvent extends DomainEvent {
    /** @return the socket event this is sent as */
    String socketEvent();

    /** A task was created: {@code task_created {task}}. */
    record Created(Snapshot task) implements TaskEvent {
        public Created {
            Objects.requireNonNull(task, "task");
        }

        @Override
        public String socketEvent() {
            return "task_created";
        }
    }

    /** A task changed: {@code task_updated {taskId, updates}}, {@code updates} holding only the changed fields. */
    record Updated(UUID taskId, Changes updates) implements TaskEvent {
        public Updated {
            Objects.requireNonNull(taskId, "taskId");
            Objects.requireNonNull(updates, "updates");
        }

        @Override
        public String socketEvent() {
            return "task_updated";
        }
    }

    /** The task as clients see it (enums by their wire names). */
    record Snapshot(UUID id, String title, String description, List<UUID> assigneeIds, Optional<Instant> dueAt,
                    String priority, String status, List<UUID> attachmentIds, UUID createdBy, Instant createdAt,
                    Instant updatedAt) {
        /** @return the snapshot of {@code t} */
        public static Snapshot of(Task t) {
            return new Snapshot(t.id(), t.title(), t.description(), t.assigneeIds(), t.dueAt(), t.priority().code(),
                    t.status().code(), t.attachmentIds(), t.createdBy(), t.createdAt(), t.updatedAt());
        }
    }

    /** The fields a change touched, each present only when it changed ({@code updatedAt} always). */
    record Changes(Optional<String> title, Optional<String> description, Optional<List<UUID>> assigneeIds,
                   Optional<Instant> dueAt, Optional<String> priority, Optional<String> status,
                   Optional<List<UUID>> attachmentIds, Instant updatedAt) {
        /** @return what differs between {@code before} and {@code after} */
        public static Changes between(Task before, Task after) {
            return new Changes(diff(before.title(), after.title()), diff(before.description(), after.description()),
                    diff(before.assigneeIds(), after.assigneeIds()), after.dueAt().filter(d -> !after.dueAt()
                    .equals(before.dueAt())), diff(before.priority().code(), after.priority().code()),
                    diff(before.status().code(), after.status().code()),
                    diff(before.attachmentIds(), after.attachmentIds()), after.updatedAt());
        }

        private static <T> Optional<T> diff(T before, T after) {
            return before.equals(after) ? Optional.empty() : Optional.of(after);
        }
    }
}
