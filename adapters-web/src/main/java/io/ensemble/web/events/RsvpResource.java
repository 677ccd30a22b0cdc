package io.ensemble.web.events;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.events.RsvpService;
import io.ensemble.identity.Caller;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PathIds;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;

/**
 * The caller's RSVP to an event (issue 21 §2) at {@code /api/v1/events/:id/rsvp}. Withdrawing is
 * answering {@code not_going}: a seat it frees goes to the first on the waitlist.
 */
@Path("/api/v1/events/{eventId}/rsvp")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class RsvpResource {
    private final RsvpService rsvps;

    public RsvpResource(RsvpService rsvps) {
        this.rsvps = rsvps;
    }

    /**
     * Records {@code {status: going | interested | not_going}}: 200 with the stored RSVP ({@code going}
     * without a free seat is {@code waitlisted} with its place); 404 for an unknown event; 409
     * {@code EVENT_CANCELLED} / {@code EVENT_ENDED}; 400 naming {@code status}.
     */
    @PUT
    @Timed
    @ErrorCodes({"EVENT_CANCELLED", "EVENT_ENDED", "TICKET_HELD", "TICKET_REQUIRED", "TICKET_UNPAID"})
    public ApiResponse<RsvpView> answer(@Auth Caller caller, @PathParam("eventId") String eventId,
                                        EventBodies.Rsvp body) {
        EventBodies.Rsvp b = Objects.requireNonNullElse(body, EventBodies.Rsvp.EMPTY);
        return ApiResponse.ok("RSVP saved", RsvpView.of(rsvps.rsvp(caller, PathIds.uuid(eventId), b.command())));
    }
}
