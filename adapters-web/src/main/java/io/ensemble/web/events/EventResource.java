package io.ensemble.web.events;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.events.EventFinder;
import io.ensemble.events.EventQuery;
import io.ensemble.events.EventService;
import io.ensemble.identity.Caller;
import io.ensemble.shared.paging.PageRequest;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PageQuery;
import io.ensemble.web.http.PageView;
import io.ensemble.web.http.PathIds;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
 * Event routes (issue 21 §1, seeds/000 §Events) under {@code /api/v1/events}: hosts (role HOST, and
 * admins) create, replace and cancel their events; every signed-in user searches and reads them.
 * Another host's event answers 404 on change, so ids don't leak.
 */
@Path("/api/v1/events")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class EventResource {
    private final EventService events;
    private final EventFinder finder;
    private final io.ensemble.events.EventPeople people;

    public EventResource(EventService events, EventFinder finder, io.ensemble.events.EventPeople people) {
        this.events = events;
        this.finder = finder;
        this.people = people;
    }

    /** Creates an event hosted by the caller: 201 with it; 403 for non-hosts (or a host featuring it); 400 naming bad fields. */
    @POST
    @Timed
    @Answers(value = EventView.class, status = 201)
    @ErrorCodes({})
    public Response create(@Auth Caller caller, EventBodies.Event body) {
        EventBodies.Event b = Objects.requireNonNullElse(body, EventBodies.Event.EMPTY);
        return ApiResponse.created("Event created", EventView.of(events.createEvent(caller, b.command())));
    }

    /**
     * Replaces every field of the caller's event (body as on create, plus optional {@code expectedVersion}):
     * 200 with the next version; 404 when it is not theirs; 409 when cancelled, over or the version is
     * stale; 400 naming bad fields.
     */
    @PUT
    @Path("/{eventId}")
    @Timed
    @ErrorCodes({"EVENT_CANCELLED", "EVENT_ENDED", "VERSION_CONFLICT"})
    public ApiResponse<EventView> update(@Auth Caller caller, @PathParam("eventId") String eventId,
                                         EventBodies.Event body) {
        EventBodies.Event b = Objects.requireNonNullElse(body, EventBodies.Event.EMPTY);
        return ApiResponse.ok("Event updated",
                EventView.of(events.updateEvent(caller, PathIds.uuid(eventId), b.command(), b.version())));
    }

    /** Cancels the caller's event ({@code {reason?}}): 200 with it; 404 when not theirs; 409 when already cancelled or over. */
    @POST
    @Path("/{eventId}/cancel")
    @Timed
    @ErrorCodes({"CARD_DECLINED", "EVENT_CANCELLED", "EVENT_ENDED", "PAYMENT_IDEMPOTENCY", "PROVIDER_REJECTED",
            "TICKET_NOT_REFUNDABLE", "VERSION_CONFLICT"})
    public ApiResponse<EventView> cancel(@Auth Caller caller, @PathParam("eventId") String eventId,
                                         EventBodies.Cancel body) {
        EventBodies.Cancel b = Objects.requireNonNullElse(body, EventBodies.Cancel.EMPTY);
        return ApiResponse.ok("Event cancelled",
                EventView.of(events.cancelEvent(caller, PathIds.uuid(eventId), b.command())));
    }

    /**
     * Searches ACTIVE events, featured first: {@code q} (text), {@code from}/{@code to} (ISO-8601),
     * {@code near=lat,lng} with {@code radiusKm} (distance order), {@code tags} (repeated or
     * comma-separated, any of them), {@code featured=true}, {@code hostId}, and a cursor page.
     * 400 naming each bad parameter.
     */
    @GET
    @Timed
    @ErrorCodes({})
    public ApiResponse<PageView<EventListingView>> search(@Auth Caller caller, @QueryParam("q") String q,
                                                          @QueryParam("from") String from,
                                                          @QueryParam("to") String to,
                                                          @QueryParam("near") String near,
                                                          @QueryParam("radiusKm") String radiusKm,
                                                          @QueryParam("tags") List<String> tags,
                                                          @QueryParam("featured") String featured,
                                                          @QueryParam("hostId") String hostId,
                                                          @BeanParam PageQuery page) {
        PageRequest request = page.request();
        EventQuery query = EventQuery.parse(q, from, to, near, radiusKm, tags, featured, hostId,
                request.cursor().orElse(null), Integer.toString(request.limit()));
        return ApiResponse.ok("Events", PageView.of(finder.search(query), EventListingView::of));
    }

    /** One event in any state with its host, RSVP counts and the caller's own RSVP; 404 when unknown. */
    @GET
    @Path("/{eventId}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<EventDetailView> one(@Auth Caller caller, @PathParam("eventId") String eventId) {
        var detail = finder.detail(caller, PathIds.uuid(eventId));
        return ApiResponse.ok("Event", EventDetailView.of(detail, people.of(detail.event().hostId())));
    }
}
