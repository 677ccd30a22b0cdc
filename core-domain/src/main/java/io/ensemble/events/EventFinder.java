package io.ensemble.events;

import io.ensemble.identity.Caller;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.paging.Page;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** Reading events (issue 21 §1): the search list and one event's detail, open to every signed-in user. */
public final class EventFinder {
    private final EventRepository events;
    private final EventSearchRepository search;
    private final RsvpRepository rsvps;
    private final Clock clock;

    /** Wires the ports. */
    public EventFinder(EventRepository events, EventSearchRepository search, RsvpRepository rsvps, Clock clock) {
        this.events = Objects.requireNonNull(events, "events");
        this.search = Objects.requireNonNull(search, "search");
        this.rsvps = Objects.requireNonNull(rsvps, "rsvps");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * One page of ACTIVE events matching {@code query}; without {@code from}, events already over are left out.
     *
     * @return listings and the cursor of the next page (empty on the last page)
     */
    public Page<EventListing> search(EventQuery query) {
        List<EventListing> rows = search.search(query, clock.instant(), query.limit() + 1);
        EventOrder order = query.order();
        return Page.fromOverfetch(rows, query.limit(), row -> EventCursor.after(row, order).encode());
    }

    /**
     * An event in any state with its RSVP counts and the caller's own RSVP.
     *
     * @throws NotFound when the event is unknown
     */
    public EventDetails detail(Caller caller, UUID eventId) {
        Event event = events.findById(eventId).orElseThrow(() -> new NotFound("No such event."));
        Optional<MyRsvp> mine = rsvps.find(eventId, caller.userId())
                .map(r -> new MyRsvp(r.status(), r.status() == RsvpStatus.WAITLISTED
                        ? rsvps.waitlistPosition(eventId, caller.userId()) : OptionalInt.empty()));
        return new EventDetails(event, rsvps.counts(eventId), mine);
    }

    /**
     * The event {@code caller} may invite someone to in chat (issue 21 §2): an ACTIVE event, or a cancelled
     * one of their own.
     *
     * @throws NotFound when the event is unknown or cancelled by another host
     */
    public EventReference invitable(Caller caller, UUID eventId) {
        return events.findById(eventId)
                .filter(e -> e.status() == EventStatus.ACTIVE || e.hostId().equals(caller.userId()))
                .map(EventReference::of).orElseThrow(() -> new NotFound("No such event."));
    }

    /** @return the reference of the event {@code eventId} in any state, empty when it is unknown */
    public Optional<EventReference> reference(UUID eventId) {
        return events.findById(eventId).map(EventReference::of);
    }
}
