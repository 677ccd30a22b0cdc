package io.ensemble.web.agency;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.agency.TaskFilter;
import io.ensemble.agency.TaskService;
import io.ensemble.identity.Caller;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PageQuery;
import io.ensemble.web.http.PageView;
import io.ensemble.web.http.PathIds;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Objects;

/**
 * The team's tasks (issue 22 §1) under {@code /api/v1/agency/tasks}: list ({@code ?assigneeId=&status=&dueFrom=
 * &dueTo=&limit=&cursor=}, newest first; a member sees their own), {@code POST} (admins), read,
 * {@code PATCH /{id}} (admins any field; an assignee the status, one step), {@code DELETE /{id}} (admins), and
 * {@code GET|POST /{id}/comments}. Someone else's task answers 404; {@code task_created} and
 * {@code task_updated} reach the assignees and admins on their sockets.
 */
@Path("/api/v1/agency/tasks")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class TaskResource {
    private final TaskService tasks;

    /** @param tasks the task use cases */
    public TaskResource(TaskService tasks) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    /** One page of tasks. */
    @GET
    @Timed
    @ErrorCodes({})
    public ApiResponse<PageView<TaskView>> list(@Auth Caller caller, @QueryParam("assigneeId") String assigneeId,
                                                @QueryParam("status") String status,
                                                @QueryParam("dueFrom") String dueFrom,
                                                @QueryParam("dueTo") String dueTo, @BeanParam PageQuery page) {
        TaskFilter filter = TaskFilter.parse(assigneeId, status, dueFrom, dueTo);
        return ApiResponse.ok("Tasks", PageView.of(tasks.list(caller, filter, page.request()), TaskView::of));
    }

    /** Creates a task; 201 with it. */
    @POST
    @Timed
    @Answers(value = TaskView.class, status = 201)
    @ErrorCodes({})
    public Response create(@Auth Caller caller, AgencyBodies.Task body) {
        return ApiResponse.created("Task created",
                TaskView.of(tasks.create(caller, AgencyBodies.Task.orEmpty(body).command())));
    }

    /** One task. */
    @GET
    @Path("/{taskId}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<TaskView> one(@Auth Caller caller, @PathParam("taskId") String id) {
        return ApiResponse.ok("Task", TaskView.of(tasks.task(caller, PathIds.uuid(id))));
    }

    /** Changes a task. */
    @PATCH
    @Path("/{taskId}")
    @Timed
    @ErrorCodes({"ILLEGAL_TRANSITION", "TASK_CHANGED"})
    public ApiResponse<TaskView> update(@Auth Caller caller, @PathParam("taskId") String id, AgencyBodies.Task body) {
        return ApiResponse.ok("Task updated", TaskView.of(tasks.update(caller, PathIds.uuid(id),
                AgencyBodies.Task.orEmpty(body).command())));
    }

    /** Deletes a task. */
    @DELETE
    @Path("/{taskId}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<Void> delete(@Auth Caller caller, @PathParam("taskId") String id) {
        tasks.delete(caller, PathIds.uuid(id));
        return ApiResponse.ok("Task deleted", null);
    }

    /** The task's comments, oldest first. */
    @GET
    @Path("/{taskId}/comments")
    @Timed
    @ErrorCodes({})
    public ApiResponse<PageView<TaskCommentView>> comments(@Auth Caller caller, @PathParam("taskId") String id,
                                                           @BeanParam PageQuery page) {
        return ApiResponse.ok("Comments", PageView.of(tasks.comments(caller, PathIds.uuid(id), page.request()),
                TaskCommentView::of));
    }

    /** Adds a comment; 201 with it. */
    @POST
    @Path("/{taskId}/comments")
    @Timed
    @Answers(value = TaskCommentView.class, status = 201)
    @ErrorCodes({})
    public Response comment(@Auth Caller caller, @PathParam("taskId") String id, AgencyBodies.Comment body) {
        return ApiResponse.created("Comment added", TaskCommentView.of(tasks.comment(caller, PathIds.uuid(id),
                body == null ? null : body.body())));
    }
}
