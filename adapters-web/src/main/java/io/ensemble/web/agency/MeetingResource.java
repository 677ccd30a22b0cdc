package io.ensemble.web.agency;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.agency.CalendarFeedSigner;
import io.ensemble.agency.MeetingService;
import io.ensemble.identity.Caller;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PathIds;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The agency's meetings (issue 22 §1) under {@code /api/v1/agency/meetings}: list ({@code ?attendeeId} for
 * admins, {@code ?from&to} ISO-8601 bounds of the start), one, create, update, cancel (DELETE), the
 * {@code .ics} of one meeting, and the caller's signed iCal feed URL. Admins write and see all; members see
 * the meetings they attend (another answers 404) and get 403 on writes. Creates and updates answer
 * {@code {meeting, warnings}}: overlaps of an attendee's meetings are warnings, never refusals.
 */
@Path("/api/v1/agency/meetings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class MeetingResource {
    private final MeetingService meetings;
    private final CalendarFeedSigner signer;
    private final Clock clock;

    /** Wires the use cases; {@code signer} signs the feed URLs {@link MeetingFeedResource} checks. */
    public MeetingResource(MeetingService meetings, CalendarFeedSigner signer, Clock clock) {
        this.meetings = Objects.requireNonNull(meetings, "meetings");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Meetings by start, earliest first (at most 500). */
    @GET
    @Timed
    @ErrorCodes({})
    public ApiResponse<List<MeetingView>> list(@Auth Caller caller, @QueryParam("attendeeId") String attendeeId,
                                               @QueryParam("from") String from, @QueryParam("to") String to) {
        return ApiResponse.ok("Meetings", meetings.list(caller, AgencyQuery.uuid("attendeeId", attendeeId),
                AgencyQuery.instant("from", from), AgencyQuery.instant("to", to)).stream().map(MeetingView::of)
                .toList());
    }

    /** Creates a meeting (ADMIN); 201 with {@code {meeting, warnings}}. */
    @POST
    @Timed
    @Answers(value = MeetingView.MeetingWritten.class, status = 201)
    @ErrorCodes({})
    public Response create(@Auth Caller caller, MeetingBody body) {
        return ApiResponse.created("Meeting scheduled",
                MeetingView.MeetingWritten.of(meetings.create(caller, MeetingBody.orEmpty(body))));
    }

    /** The caller's signed calendar feed URL: {@code {url}} for a calendar app to subscribe to. */
    @GET
    @Path("/feed-url")
    @Timed
    @ErrorCodes({})
    public ApiResponse<MeetingView.MeetingFeedUrl> feedUrl(@Auth Caller caller, @Context UriInfo uri) {
        String url = uri.getBaseUriBuilder().path(MeetingFeedResource.class)
                .path(caller.userId() + ".ics").queryParam("sig", signer.sign(caller.userId())).build().toString();
        return ApiResponse.ok("Calendar feed", new MeetingView.MeetingFeedUrl(url));
    }

    /** One meeting. */
    @GET
    @Path("/{meetingId}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<MeetingView> one(@Auth Caller caller, @PathParam("meetingId") String meetingId) {
        return ApiResponse.ok("Meeting", MeetingView.of(meetings.meeting(caller, PathIds.uuid(meetingId))));
    }

    /** One meeting as an RFC 5545 {@code text/calendar} file. */
    @GET
    @Path("/{meetingId}.ics")
    @Produces({ICalendarWriter.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Timed
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", content = @Content(
            mediaType = ICalendarWriter.MEDIA_TYPE, schema = @Schema(type = "string")))
    @ErrorCodes({})
    public Response ics(@Auth Caller caller, @PathParam("meetingId") String meetingId) {
        var m = meetings.meeting(caller, PathIds.uuid(meetingId));
        return calendar(ICalendarWriter.write(m.title(), List.of(m), clock.instant()), "meeting-" + m.id());
    }

    /** Replaces a meeting (ADMIN): {@code {meeting, warnings}}; 409 MEETING_CANCELLED for a cancelled one. */
    @PUT
    @Path("/{meetingId}")
    @Timed
    @ErrorCodes({"MEETING_CANCELLED"})
    public ApiResponse<MeetingView.MeetingWritten> update(@Auth Caller caller, @PathParam("meetingId") String meetingId,
                                                   MeetingBody body) {
        return ApiResponse.ok("Meeting updated", MeetingView.MeetingWritten.of(meetings.update(caller,
                PathIds.uuid(meetingId), MeetingBody.orEmpty(body))));
    }

    /** Cancels a meeting (ADMIN; idempotent): the cancelled meeting. */
    @DELETE
    @Path("/{meetingId}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<MeetingView> cancel(@Auth Caller caller, @PathParam("meetingId") String meetingId) {
        return ApiResponse.ok("Meeting cancelled", MeetingView.of(meetings.cancel(caller, PathIds.uuid(meetingId))));
    }

    /** @return a {@code text/calendar; charset=UTF-8} answer, private, named {@code name.ics} */
    static Response calendar(String text, String name) {
        return Response.ok(text, ICalendarWriter.MEDIA_TYPE + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + ".ics\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }

    /** @return the 404 of a feed whose signature does not match */
    static NotFound noFeed() {
        return new NotFound("No such calendar feed.");
    }
}
