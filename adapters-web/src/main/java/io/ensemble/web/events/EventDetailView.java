package io.ensemble.web.events;

import io.ensemble.events.EventDetails;
import io.ensemble.events.EventPerson;
import io.ensemble.events.RsvpCounts;

/**
 * An event's detail (issue 21 §1): {@code {event, counts: {going, waitlisted, interested, notGoing},
 * myRsvp: {status, waitlistPosition} | null, isGoing, host: {id, name, avatar}}}; {@code isGoing} is
 * whether the caller holds a seat.
 */
public record EventDetailView(EventView event, RsvpCounts counts, RsvpView myRsvp,
                              boolean isGoing, PersonView host) {
    /** @return the view of {@code d} hosted by {@code host} */
    public static EventDetailView of(EventDetails d, EventPerson host) {
        return new EventDetailView(EventView.of(d.event()), d.counts(),
                d.mine().map(m -> RsvpView.of(d.event().id(), m.status(), m.waitlistPosition())).orElse(null),
                d.callerGoing(), PersonView.of(host));
    }
}
