package io.ensemble.web.events;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.events.AttendeeService;
import io.ensemble.identity.Caller;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PageQuery;
import io.ensemble.web.http.PathIds;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The attendee list of an event (issue 21 §2): {@code GET /api/v1/events/:eventId/attendees}. */
@Path("/api/v1/events/{eventId}/attendees")
@Produces(MediaType.APPLICATION_JSON)
public final class AttendeeResource {
    private final AttendeeService attendees;

    public AttendeeResource(AttendeeService attendees) {
        this.attendees = attendees;
    }

    /**
     * Counts for everyone; for the host and admins also {@code items} (a cursor page,
     * {@code ?limit=&cursor=}) with each attendee's RSVP, ticket and check-in. 404 unknown event; 400
     * naming {@code cursor} or {@code limit}.
     */
    @GET
    @Timed
    @ErrorCodes({})
    public ApiResponse<AttendeesView> attendees(@Auth Caller caller, @PathParam("eventId") String eventId,
                                                @BeanParam PageQuery page) {
        return ApiResponse.ok("Attendees",
                AttendeesView.of(attendees.attendees(caller, PathIds.uuid(eventId), page.request())));
    }
}
