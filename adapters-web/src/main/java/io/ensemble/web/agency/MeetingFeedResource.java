package io.ensemble.web.agency;

import com.codahale.metrics.annotation.Timed;
import io.ensemble.agency.CalendarFeedSigner;
import io.ensemble.agency.MeetingService;
import io.ensemble.web.http.ErrorCodes;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * A member's iCal feed (issue 22 §1) at {@code /api/v1/agency/calendar/{userId}.ics?sig=}: no bearer token (calendar
 * apps cannot send one); the HMAC signature of {@link CalendarFeedSigner} authorizes it, and a tampered user id
 * or signature answers 404. The feed holds every meeting the user attends, cancelled ones marked CANCELLED.
 */
@Path("/api/v1/agency/calendar")
@Produces(MediaType.APPLICATION_JSON)
public final class MeetingFeedResource {
    private final MeetingService meetings;
    private final CalendarFeedSigner signer;
    private final Clock clock;

    /** Wires the use cases and the signature check. */
    public MeetingFeedResource(MeetingService meetings, CalendarFeedSigner signer, Clock clock) {
        this.meetings = Objects.requireNonNull(meetings, "meetings");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The user's meetings as {@code text/calendar}; 404 unless {@code sig} signs {@code userId}. */
    @GET
    @Path("/{userId}.ics")
    @Produces({ICalendarWriter.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Timed
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", content = @Content(
            mediaType = ICalendarWriter.MEDIA_TYPE, schema = @Schema(type = "string")))
    @ErrorCodes({})
    public Response feed(@PathParam("userId") String userId, @QueryParam("sig") String sig) {
        UUID user = signer.verify(userId, sig).orElseThrow(MeetingResource::noFeed);
        return MeetingResource.calendar(ICalendarWriter.write("Meetings", meetings.calendarOf(user), clock.instant()),
                "meetings");
    }
}
