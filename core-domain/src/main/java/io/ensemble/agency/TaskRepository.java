package io.ensemble.agency;

import io.ensemble.shared.paging.Cursor;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence port of tasks, their assignees, attachments and comments; every call joins the caller's transaction. */
public interface TaskRepository {
    /** Stores a new task with its assignees and attachments. */
    void insert(Task task);

    /** @return the task with {@code id} */
    Optional<Task> findById(UUID id);

    /**
     * Stores a changed task (fields, assignees, attachments) as a compare-and-set: only when the row still has
     * {@code next.version() - 1}.
     *
     * @return false when a concurrent change won (nothing changed)
     */
    boolean update(Task next);

    /** @return whether a row was deleted (assignees, attachments and comments go with it) */
    boolean delete(UUID id);

    /**
     * Tasks matching {@code filter}, newest first ({@code createdAt DESC, id DESC}).
     *
     * @param after resume strictly after this position
     * @param max how many rows at most (the caller over-fetches by one)
     */
    List<Task> find(TaskFilter filter, Optional<Cursor> after, int max);

    /** Stores a comment. */
    void insertComment(TaskComment comment);

    /** @return the task's comments, oldest first ({@code createdAt, id}), after {@code after}, at most {@code max} */
    List<TaskComment> comments(UUID taskId, Optional<Cursor> after, int max);
}
