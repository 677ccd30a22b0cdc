package io.ensemble.agency;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.outbox.Outbox;
import io.ensemble.shared.outbox.OutboxEvent;
import io.ensemble.shared.paging.Cursor;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The team's tasks (issue 22 §1, seeds/003 {@code /api/tasks}). Admins create, edit, delete and see every
 * task; a member sees, moves (one status step either way, {@link TaskStatus#movesTo}) and comments on the
 * tasks assigned to them only, anyone else's answering 404. Every change writes {@link TaskEvent}s to the
 * outbox in its transaction, one per assignee (before and after) and active admin.
 */
public final class TaskService {
    private final TaskRepository tasks;
    private final TeamDirectory team;
    private final Attachments attachments;
    private final Outbox outbox;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    /** Wires the ports. */
    public TaskService(TaskRepository tasks, TeamDirectory team, Attachments attachments, Outbox outbox,
                       Transactions transactions, IdGenerator ids, Clock clock) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.team = Objects.requireNonNull(team, "team");
        this.attachments = Objects.requireNonNull(attachments, "attachments");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Creates a task in {@code todo}; {@code task_created} goes to each assignee and every admin.
     *
     * @throws Forbidden when the caller is not an ADMIN
     * @throws ValidationFailed naming each bad field; {@code assigneeIds} for an unknown or inactive account,
     *     {@code attachmentIds} for an upload the caller cannot attach
     */
    public Task create(Caller caller, TaskCommand command) {
        requireAdmin(caller, "Only admins create tasks.");
        TaskCommand.Parsed c = command.forCreate();
        check(caller, c);
        Instant now = now();
        Task task = new Task(ids.newId(), c.title().orElseThrow(), c.description().orElse(""),
                c.assigneeIds().orElseThrow(), c.dueAt(), c.priority().orElse(TaskPriority.MEDIUM), TaskStatus.TODO,
                c.attachmentIds().orElse(List.of()), caller.userId(), 1, now, now);
        transactions.run(() -> {
            tasks.insert(task);
            announce(recipients(task.assigneeIds()), new TaskEvent.Created(TaskEvent.Snapshot.of(task)), now);
        });
        return task;
    }

    /**
     * One page of tasks, newest first: every task for an admin, the caller's own for anyone else.
     *
     * @throws ValidationFailed naming {@code assigneeId}, {@code status}, {@code dueFrom}, {@code dueTo} or {@code cursor}
     */
    public Page<Task> list(Caller caller, TaskFilter filter, PageRequest page) {
        if (!caller.is(Role.ADMIN) && filter.assigneeId().filter(a -> !a.equals(caller.userId())).isPresent()) {
            return new Page<>(List.of(), Optional.empty()); // another member's tasks: none visible
        }
        TaskFilter visible = caller.is(Role.ADMIN) ? filter : filter.assignedTo(caller.userId());
        Optional<Cursor> after = page.cursor().map(Cursor::decode);
        return Page.fromOverfetch(tasks.find(visible, after, page.limit() + 1), page.limit(),
                t -> new Cursor(t.createdAt(), t.id()).encode());
    }

    /**
     * One page of the tasks assigned to {@code userId} (seeds/003 {@code GET /api/tasks/user/:userId}).
     *
     * @throws NotFound when a non-admin asks for someone else's tasks
     */
    public Page<Task> tasksOf(Caller caller, UUID userId, TaskFilter filter, PageRequest page) {
        if (!caller.is(Role.ADMIN) && !caller.userId().equals(userId)) {
            throw new NotFound("No such member.");
        }
        return list(caller, filter.assignedTo(userId), page);
    }

    /** @throws NotFound when the task is unknown or not the caller's (non-admins) */
    public Task task(Caller caller, UUID taskId) {
        return visible(caller, taskId);
    }

    /**
     * Applies the present fields: admins may change any, an assignee only {@code status} (one step);
     * {@code task_updated} with the changed fields goes to the assignees (before and after) and every admin.
     *
     * @throws NotFound when the task is unknown or not the caller's
     * @throws Forbidden when a member edits more than the status
     * @throws ValidationFailed naming each bad field (as {@link #create})
     * @throws Conflict {@code ILLEGAL_TRANSITION} for a status more than one step away;
     *     {@code TASK_CHANGED} when a concurrent change won
     */
    public Task update(Caller caller, UUID taskId, TaskCommand command) {
        TaskCommand.Parsed c = command.forEdit();
        return transactions.inTransaction(() -> {
            Task before = visible(caller, taskId);
            if (c.editsDetails() && !caller.is(Role.ADMIN)) {
                throw new Forbidden("Members can only move their tasks' status; an admin edits the rest.");
            }
            check(caller, c);
            c.status().filter(s -> s != before.status() && !before.status().movesTo(s)).ifPresent(s -> {
                throw new Conflict("ILLEGAL_TRANSITION", "A task moves one step at a time: from "
                        + before.status().code() + " to " + neighbours(before.status()) + ".");
            });
            Instant now = now();
            Task after = new Task(before.id(), c.title().orElse(before.title()),
                    c.description().orElse(before.description()), c.assigneeIds().orElse(before.assigneeIds()),
                    c.dueAt().or(before::dueAt), c.priority().orElse(before.priority()),
                    c.status().orElse(before.status()), c.attachmentIds().orElse(before.attachmentIds()),
                    before.createdBy(), before.version() + 1, before.createdAt(), now);
            if (!tasks.update(after)) {
                throw new Conflict("TASK_CHANGED", "The task changed meanwhile; reload it and try again.");
            }
            Set<UUID> assignees = new LinkedHashSet<>(before.assigneeIds());
            assignees.addAll(after.assigneeIds());
            announce(recipients(assignees), new TaskEvent.Updated(after.id(), TaskEvent.Changes.between(before, after)),
                    now);
            return after;
        });
    }

    /**
     * Deletes a task with its comments.
     *
     * @throws Forbidden when the caller is not an ADMIN
     * @throws NotFound when there is no such task
     */
    public void delete(Caller caller, UUID taskId) {
        requireAdmin(caller, "Only admins delete tasks.");
        if (!transactions.inTransaction(() -> tasks.delete(taskId))) {
            throw notFound();
        }
    }

    /**
     * The task's comments, oldest first.
     *
     * @throws NotFound when the task is unknown or not the caller's
     */
    public Page<TaskComment> comments(Caller caller, UUID taskId, PageRequest page) {
        visible(caller, taskId);
        Optional<Cursor> after = page.cursor().map(Cursor::decode);
        return Page.fromOverfetch(tasks.comments(taskId, after, page.limit() + 1), page.limit(),
                c -> new Cursor(c.createdAt(), c.id()).encode());
    }

    /**
     * Adds a comment (1..2000 characters).
     *
     * @throws NotFound when the task is unknown or not the caller's
     * @throws ValidationFailed naming {@code body}
     */
    public TaskComment comment(Caller caller, UUID taskId, String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new ValidationFailed(List.of(new FieldError("body", "must be 1 to 2000 characters")));
        }
        return transactions.inTransaction(() -> {
            visible(caller, taskId);
            TaskComment comment = new TaskComment(ids.newId(), taskId, caller.userId(), text, now());
            tasks.insertComment(comment);
            return comment;
        });
    }

    private void check(Caller caller, TaskCommand.Parsed c) {
        c.assigneeIds().ifPresent(a -> {
            if (!team.active(a).containsAll(a)) {
                throw new ValidationFailed(List.of(new FieldError("assigneeIds",
                        "every assignee must be an active member of the team")));
            }
        });
        c.attachmentIds().ifPresent(a -> {
            if (!a.stream().allMatch(m -> attachments.usable(caller, m))) {
                throw new ValidationFailed(List.of(new FieldError("attachmentIds",
                        "every attachment must be an upload of yours (POST /api/v1/media)")));
            }
        });
    }

    private Task visible(Caller caller, UUID taskId) {
        return tasks.findById(taskId).filter(t -> caller.is(Role.ADMIN) || t.assignedTo(caller.userId()))
                .orElseThrow(TaskService::notFound);
    }

    private Set<UUID> recipients(java.util.Collection<UUID> assignees) {
        Set<UUID> out = new LinkedHashSet<>(assignees);
        out.addAll(team.admins());
        return out;
    }

    private void announce(Set<UUID> recipients, TaskEvent event, Instant at) {
        for (UUID recipient : recipients) {
            outbox.append(new OutboxEvent(ids.newId(), recipient, event, at));
        }
    }

    private static String neighbours(TaskStatus from) {
        return java.util.Arrays.stream(TaskStatus.values()).filter(from::movesTo).map(TaskStatus::code)
                .collect(java.util.stream.Collectors.joining(" or "));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static void requireAdmin(Caller caller, String message) {
        if (!caller.is(Role.ADMIN)) {
            throw new Forbidden(message);
        }
    }

    private static NotFound notFound() {
        return new NotFound("No such task.");
    }
}
