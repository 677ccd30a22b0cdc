package io.ensemble.app.wiring;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.ensemble.app.jobs.Jobs;
import io.ensemble.events.AttendeeService;
import io.ensemble.events.CheckInService;
import io.ensemble.events.EventFinder;
import io.ensemble.events.EventNotices;
import io.ensemble.events.EventPeople;
import io.ensemble.events.EventReminders;
import io.ensemble.events.EventService;
import io.ensemble.events.RsvpService;
import io.ensemble.events.TicketLedger;
import io.ensemble.events.TicketService;
import io.ensemble.events.TicketWebhooks;
import io.ensemble.notifications.NotificationPublisher;
import io.ensemble.payments.PaymentGateway;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.web.events.AttendeeResource;
import io.ensemble.web.events.CheckInResource;
import io.ensemble.web.events.EventResource;
import io.ensemble.web.events.RsvpResource;
import io.ensemble.web.events.TicketResource;
import java.time.Clock;
import java.time.Duration;

/**
 * Wires the events context (issue 21 §1-3): hosts' event use cases, search and detail, RSVPs with their
 * waitlist, tickets through the {@link PaymentGateway}, the door, the attendee list, notices through the
 * notifications context, and the {@code event-reminders} job, served under {@code /api/v1/events}.
 */
public final class EventsWiring {
    /** Name of the job (and admin task) that reminds going attendees 24 hours before the start. */
    public static final String REMINDER_JOB = "event-reminders";
    /** How often due reminders are looked for. */
    public static final Duration REMINDER_EVERY = Duration.ofMinutes(10);

    private EventsWiring() {
    }

    /** The ticket side, built before the payment webhooks that confirm tickets. */
    public record Tickets(TicketLedger ledger, TicketWebhooks webhooks, EventNotices notices) {
    }

    /** Builds the ticket ledger over {@code gateway}; its webhooks go to {@link PaymentProvidersWiring}. */
    public static Tickets tickets(Persistence db, PaymentGateway gateway, NotificationPublisher notifications,
                                  Clock clock) {
        var notices = new EventNotices(notifications);
        var ledger = new TicketLedger(gateway, db.tickets, db.rsvps, notices, clock, db.outbox,
                new io.ensemble.shared.ids.UuidV7Generator(clock));
        return new Tickets(ledger, new TicketWebhooks(db.events, ledger), notices);
    }

    /**
     * The events use cases (also served by a client profile's routes).
     *
     * @param events hosts' create, update and cancel
     * @param finder search and detail
     * @param rsvps answers and the waitlist
     */
    public record Events(EventService events, EventFinder finder, RsvpService rsvps) {
    }

    /**
     * Builds the use cases over {@code db}, registers their routes on {@code jersey} and the reminder job.
     *
     * @return the use cases
     */
    public static Events register(JerseyEnvironment jersey, Persistence db, Tickets tickets, Jobs jobs,
                                IdGenerator ids, Clock clock) {
        var notices = tickets.notices();
        var events = new EventService(db.events, db.rsvps, tickets.ledger(), notices, db.attendees,
                db.transactions, ids, clock, db.outbox);
        var finder = new EventFinder(db.events, db.eventSearch, db.rsvps, clock);
        var people = new EventPeople(db.users, db.profiles);
        jersey.register(new EventResource(events, finder, people));
        var rsvps = new RsvpService(db.events, db.rsvps, db.tickets, notices, db.transactions, clock, db.outbox,
                ids);
        jersey.register(new RsvpResource(rsvps));
        jersey.register(new TicketResource(new TicketService(db.events, db.rsvps, tickets.ledger(),
                db.idempotencyKeys, db.transactions, ids, clock)));
        jersey.register(new CheckInResource(new CheckInService(db.events, db.tickets, db.transactions, clock)));
        jersey.register(new AttendeeResource(new AttendeeService(db.events, db.rsvps, db.attendees, people)));
        var reminders = new EventReminders(db.eventReminders, db.events, notices, db.transactions, clock);
        jobs.every(REMINDER_JOB, REMINDER_EVERY, now -> "reminded " + reminders.remindDue() + " attendees");
        return new Events(events, finder, rsvps);
    }
}
