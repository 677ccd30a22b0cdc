package io.ensemble.app.wiring;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.ensemble.events.EventFinder;
import io.ensemble.events.EventService;
import io.ensemble.events.RsvpService;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.web.events.EventResource;
import io.ensemble.web.events.RsvpResource;
import java.time.Clock;

/**
 * Wires the events context (issue 21 §1-2): hosts' event use cases, search and detail, and RSVPs with
 * their waitlist, over the repositories of {@link Persistence}, served under {@code /api/v1/events}.
 */
public final class EventsWiring {
    private EventsWiring() {
    }

    /**
     * Builds the use cases over {@code db} and registers their routes on {@code jersey}.
     *
     * @return the use cases (also served by a client profile's routes)
     */
    public static Events register(JerseyEnvironment jersey, Persistence db, IdGenerator ids, Clock clock) {
        var events = new EventService(db.events, db.rsvps, db.transactions, ids, clock);
        var finder = new EventFinder(db.events, db.eventSearch, db.rsvps, clock);
        jersey.register(new EventResource(events, finder));
        var rsvps = new RsvpService(db.events, db.rsvps, db.transactions, clock);
        jersey.register(new RsvpResource(rsvps));
        return new Events(events, finder, rsvps);
    }

    /**
     * The events use cases.
     *
     * @param events hosts' create, update and cancel
     * @param finder search and detail
     * @param rsvps answers and the waitlist
     */
    public record Events(EventService events, EventFinder finder, RsvpService rsvps) {
    }
}
