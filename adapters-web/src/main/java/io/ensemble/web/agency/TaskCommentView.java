package io.ensemble.web.agency;

import io.ensemble.agency.TaskComment;
import java.time.Instant;

/** A comment on a task: {@code {id, taskId, authorId, body, createdAt}}. */
public record TaskCommentView(String id, String taskId, String authorId, String body, Instant createdAt) {
    /** @return the view of {@code c} */
    public static TaskCommentView of(TaskComment c) {
        return new TaskCommentView(c.id().toString(), c.taskId().toString(), c.authorId().toString(), c.body(),
                c.createdAt());
    }
}
