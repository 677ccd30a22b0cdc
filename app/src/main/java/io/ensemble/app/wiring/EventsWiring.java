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

    /** Builds the use cases over {@code db} and registers their routes on {@code jersey}. */
    public static void register(JerseyEnvironment jersey, Persistence db, IdGenerator ids, Clock clock) {
        var events = new EventService(db.events, db.rsvps, db.transactions, ids, clock, db.outbox);
        var finder = new EventFinder(db.events, db.eventSearch, db.rsvps, clock);
        jersey.register(new EventResource(events, finder));
        jersey.register(new RsvpResource(new RsvpService(db.events, db.rsvps, db.transactions, clock, db.outbox, ids)));
    }
}
