package io.ensemble.web.compat.idyll;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.agency.TaskFilter;
import io.ensemble.identity.Caller;
import io.ensemble.web.agency.AgencyBodies;
import io.ensemble.web.agency.AgencyRoutes;
import io.ensemble.web.agency.TaskView;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PathIds;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;

/**
 * seeds/003 {@code /api/tasks} over the agency's task use cases (issue 22 §3): list ({@code ?assigneeId=
 * &status=&dueFrom=&dueTo=}; a member gets their own), {@code POST} (admins), {@code PUT /:id} (admins any field,
 * an assignee the status one step), {@code DELETE /:id} (admins) and {@code GET /user/:userId} (a member only
 * their own, else 404). Bare {@link TaskView}s.
 */
@Path("/api/tasks")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@IdyllRoute
public final class IdyllTasksResource {
    private final AgencyRoutes agency;

    /** @param agency the agency use cases */
    public IdyllTasksResource(AgencyRoutes agency) {
        this.agency = Objects.requireNonNull(agency, "agency");
    }

    /** Tasks the caller may see, newest first. */
    @GET
    @Timed
    @ErrorCodes({})
    public List<TaskView> list(@Auth Caller caller, @QueryParam("assigneeId") String assigneeId,
                               @QueryParam("status") String status, @QueryParam("dueFrom") String dueFrom,
                               @QueryParam("dueTo") String dueTo, @QueryParam("limit") String limit,
                               @QueryParam("cursor") String cursor, @Context HttpServletResponse http) {
        TaskFilter filter = TaskFilter.parse(assigneeId, status, dueFrom, dueTo);
        return IdyllLists.bare(agency.tasks().list(caller, filter, IdyllLists.request(limit, cursor)), TaskView::of,
                http);
    }

    /** The tasks assigned to {@code userId}. */
    @GET
    @Path("/user/{userId}")
    @Timed
    @ErrorCodes({})
    public List<TaskView> ofUser(@Auth Caller caller, @PathParam("userId") String userId,
                                 @QueryParam("status") String status, @QueryParam("limit") String limit,
                                 @QueryParam("cursor") String cursor, @Context HttpServletResponse http) {
        TaskFilter filter = TaskFilter.parse(null, status, null, null);
        return IdyllLists.bare(agency.tasks().tasksOf(caller, PathIds.uuid(userId), filter,
                IdyllLists.request(limit, cursor)), TaskView::of, http);
    }

    /** Creates a task; 201 with it. */
    @POST
    @Timed
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @ErrorCodes({})
    public Response create(@Auth Caller caller, AgencyBodies.Task body) {
        return Response.status(Response.Status.CREATED).entity(TaskView.of(agency.tasks().create(caller,
                AgencyBodies.Task.orEmpty(body).command()))).build();
    }

    /** Changes a task. */
    @PUT
    @Path("/{id}")
    @Timed
    @ErrorCodes({"ILLEGAL_TRANSITION", "TASK_CHANGED"})
    public TaskView update(@Auth Caller caller, @PathParam("id") String id, AgencyBodies.Task body) {
        return TaskView.of(agency.tasks().update(caller, PathIds.uuid(id), AgencyBodies.Task.orEmpty(body).command()));
    }

    /** Deletes a task. */
    @DELETE
    @Path("/{id}")
    @Timed
    @ErrorCodes({})
    public IdyllDone delete(@Auth Caller caller, @PathParam("id") String id) {
        agency.tasks().delete(caller, PathIds.uuid(id));
        return IdyllDone.of("Task deleted");
    }
}
