package io.ensemble.web.compat.sioree;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.events.Event;
import io.ensemble.events.EventDetails;
import io.ensemble.events.EventFinder;
import io.ensemble.events.EventListing;
import io.ensemble.events.EventService;
import io.ensemble.events.RsvpCommand;
import io.ensemble.events.RsvpOutcome;
import io.ensemble.events.RsvpService;
import io.ensemble.identity.Caller;
import io.ensemble.identity.FindUsers;
import io.ensemble.identity.User;
import io.ensemble.web.compat.sioree.SioreeEventBodies.CreateBody;
import io.ensemble.web.compat.sioree.SioreeEventBodies.Created;
import io.ensemble.web.compat.sioree.SioreeEventBodies.Detail;
import io.ensemble.web.compat.sioree.SioreeEventBodies.Listing;
import io.ensemble.web.compat.sioree.SioreeEventBodies.ListingPage;
import io.ensemble.web.compat.sioree.SioreeEventBodies.RsvpAnswer;
import io.ensemble.web.compat.sioree.SioreeEventBodies.RsvpBody;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PathIds;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Objects;

/**
 * Seeds/000 §Events Endpoints at {@code /api/events} with bare bodies, page numbers and the decimal
 * price, over the native event use cases (hosts create, 403 for other roles, 400 naming fields), and,
 * where the seed is silent, what its app needs to let a partier answer: the event's detail and its
 * RSVP ({@code going} past capacity joins the waitlist; cancelled or past events 409).
 */
@Path("/api/events")
@SioreeRoute
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class SioreeEventsResource {
    /** The native event fields the seed names otherwise. */
    private static final java.util.Map<String, String> FIELDS = java.util.Map.of("startsAt", "date", "endsAt", "endDate",
            "featured", "isFeatured");
    private final EventService events;
    private final EventFinder finder;
    private final RsvpService rsvps;
    private final FindUsers users;
    private final SioreeSettings settings;

    SioreeEventsResource(EventService events, EventFinder finder, RsvpService rsvps, FindUsers users,
                         SioreeSettings settings) {
        this.events = Objects.requireNonNull(events, "events");
        this.finder = Objects.requireNonNull(finder, "finder");
        this.rsvps = Objects.requireNonNull(rsvps, "rsvps");
        this.users = Objects.requireNonNull(users, "users");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Upcoming events, featured first: {@code search} (text), {@code location} (place words, or
     * {@code lat,lng} for the events within {@code radiusKm}, default 25, nearest first), {@code date}
     * ({@code 2027-01-15}: that UTC day; or an ISO-8601 instant: the 24 hours from it), {@code page}
     * (from 1) and {@code limit} (20): {@code {events, total, page}}. 400 naming each bad parameter.
     */
    @GET
    @Timed
    @ErrorCodes({})
    public ListingPage list(@QueryParam("page") String page, @QueryParam("limit") String limit,
                            @QueryParam("location") String location, @QueryParam("date") String date,
                            @QueryParam("search") String search, @QueryParam("radiusKm") String radiusKm) {
        PageNumbers numbers = PageNumbers.parse(page, limit, 20);
        SioreeEventQuery query = SioreeEventQuery.parse(search, location, date, radiusKm);
        var slice = numbers.walk(request -> finder.search(query.toNative(request)));
        return new ListingPage(slice.items().stream().map(EventListing::event).map(this::listing).toList(),
                slice.total(), numbers.page());
    }

    /** Creates an event hosted by the caller: 201 {@code {id, hostId, title, date, location, createdAt}}. */
    @POST
    @Timed
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201",
            content = @Content(schema = @Schema(implementation = Created.class)))
    @ErrorCodes({})
    public Response create(@Auth Caller caller, CreateBody body) {
        CreateBody req = Objects.requireNonNullElse(body, CreateBody.EMPTY);
        Event created = SeedFields.renamed(FIELDS, () -> events.createEvent(caller, req.command(settings.currency())));
        return Response.status(Response.Status.CREATED).entity(Created.of(created)).build();
    }

    /** One event with its RSVP counts and the caller's answer; 404 when unknown. */
    @GET
    @Path("/{eventId}")
    @Timed
    @ErrorCodes({})
    public Detail one(@Auth Caller caller, @PathParam("eventId") String eventId) {
        EventDetails d = finder.detail(caller, PathIds.uuid(eventId));
        return new Detail(listing(d.event()), d.counts().going(), d.counts().interested(), d.counts().waitlisted(),
                d.callerGoing(), d.mine().map(m -> m.status().name().toLowerCase(java.util.Locale.ROOT))
                .orElse(null));
    }

    /** Answers {@code going}, {@code interested} or {@code not_going}: {@code {eventId, status, waitlistPosition}}. */
    @POST
    @Path("/{eventId}/rsvp")
    @Timed
    @ErrorCodes({"EVENT_CANCELLED", "EVENT_ENDED", "TICKET_HELD", "TICKET_REQUIRED", "TICKET_UNPAID"})
    public RsvpAnswer rsvp(@Auth Caller caller, @PathParam("eventId") String eventId, RsvpBody body) {
        RsvpBody req = Objects.requireNonNullElse(body, RsvpBody.EMPTY);
        RsvpOutcome outcome = rsvps.rsvp(caller, PathIds.uuid(eventId), new RsvpCommand(req.status()));
        return new RsvpAnswer(outcome.rsvp().eventId().toString(),
                outcome.rsvp().status().name().toLowerCase(java.util.Locale.ROOT),
                outcome.waitlistPosition().isPresent() ? outcome.waitlistPosition().getAsInt() : null);
    }

    private Listing listing(Event e) {
        return Listing.of(e, users.findById(e.hostId()).map(User::name).orElse(""));
    }
}
