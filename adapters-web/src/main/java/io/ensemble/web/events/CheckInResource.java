package io.ensemble.web.events;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.events.CheckInService;
import io.ensemble.events.Ticket;
import io.ensemble.identity.Caller;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PathIds;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import java.util.Optional;

/** The door of an event (issue 21 §3): {@code POST /api/v1/events/:eventId/check-in {code}}. */
@Path("/api/v1/events/{eventId}/check-in")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class CheckInResource {
    private final CheckInService door;

    public CheckInResource(CheckInService door) {
        this.door = door;
    }

    /** Body of the check-in: {@code {code}}. */
    public record CheckInBody(String code) {
    }

    /**
     * Checks a ticket in by its code (the host or an admin): 200 with the ticket and {@code usedAt};
     * 409 {@code TICKET_ALREADY_USED} saying when, {@code TICKET_NOT_VALID} when unpaid; 404 unknown code
     * or not their event; 403 for non-hosts; 400 naming {@code code}.
     */
    @POST
    @Timed
    @ErrorCodes({"EVENT_CANCELLED", "TICKET_ALREADY_USED", "TICKET_NOT_VALID"})
    public ApiResponse<TicketView> checkIn(@Auth Caller caller, @PathParam("eventId") String eventId,
                                           CheckInBody body) {
        CheckInBody b = Objects.requireNonNullElse(body, new CheckInBody(null));
        Ticket t = door.checkIn(caller, PathIds.uuid(eventId), b.code());
        return ApiResponse.ok("Checked in", TicketView.of(t, caller.userId(), Optional.empty()));
    }
}
