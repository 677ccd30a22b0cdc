package io.ensemble.web.compat.idyll;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.agency.MeetingService;
import io.ensemble.identity.Caller;
import io.ensemble.web.agency.AgencyQuery;
import io.ensemble.web.agency.MeetingBody;
import io.ensemble.web.agency.MeetingView;
import io.ensemble.web.http.ErrorCodes;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;

/**
 * Seeds/003 §Meetings at {@code /api/meetings} with bare bodies, over the native meeting use cases: the list
 * (an admin's all, a member's own; {@code ?from&to}), create (201 {@code {meeting, warnings}}), update
 * ({@code {meeting, warnings}}) and DELETE (cancels; the cancelled meeting). Same fields as the native routes
 * ({@code startsAt}, {@code durationMinutes} or {@code endsAt}, {@code attendeeIds}, ...); errors are the
 * domain errors, shaped by the profile's error filter.
 */
@Path("/api/meetings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@IdyllRoute
public final class IdyllMeetingsResource {
    private final MeetingService meetings;

    IdyllMeetingsResource(MeetingService meetings) {
        this.meetings = Objects.requireNonNull(meetings, "meetings");
    }

    /** Meetings by start: a bare array. */
    @GET
    @Timed
    @ErrorCodes({})
    public List<MeetingView> list(@Auth Caller caller, @QueryParam("from") String from, @QueryParam("to") String to) {
        return meetings.list(caller, java.util.Optional.empty(), AgencyQuery.instant("from", from),
                AgencyQuery.instant("to", to)).stream().map(MeetingView::of).toList();
    }

    /** Creates a meeting (admin): 201 {@code {meeting, warnings}}. */
    @POST
    @Timed
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201",
            content = @Content(schema = @Schema(implementation = MeetingView.MeetingWritten.class)))
    @ErrorCodes({})
    public Response create(@Auth Caller caller, MeetingBody body) {
        return Response.status(Response.Status.CREATED).entity(MeetingView.MeetingWritten.of(
                meetings.create(caller, MeetingBody.orEmpty(body)))).build();
    }

    /** Replaces a meeting (admin): {@code {meeting, warnings}}. */
    @PUT
    @Path("/{id}")
    @Timed
    @ErrorCodes({"MEETING_CANCELLED"})
    public MeetingView.MeetingWritten update(@Auth Caller caller, @PathParam("id") String id, MeetingBody body) {
        return MeetingView.MeetingWritten.of(meetings.update(caller, IdyllBodies.id(id), MeetingBody.orEmpty(body)));
    }

    /** Cancels a meeting (admin): the cancelled meeting. */
    @DELETE
    @Path("/{id}")
    @Timed
    @ErrorCodes({})
    public MeetingView cancel(@Auth Caller caller, @PathParam("id") String id) {
        return MeetingView.of(meetings.cancel(caller, IdyllBodies.id(id)));
    }
}
