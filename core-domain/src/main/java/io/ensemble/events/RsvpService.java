package io.ensemble.events;

import io.ensemble.identity.Caller;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * RSVPs (issue 21 §2): any signed-in user answers {@code going}, {@code interested} or
 * {@code not_going}, one changeable answer per event. {@code going} takes a seat when one is free and
 * joins the waitlist otherwise; a seat freed by a {@code going} user who changes their answer goes to
 * the first in line. Every RSVP runs under the event's lock, so seats are never over-sold.
 */
public final class RsvpService {
    private final EventRepository events;
    private final RsvpRepository rsvps;
    private final Transactions transactions;
    private final Clock clock;
    private final Optional<TicketRepository> tickets;
    private final EventNotices notices;
    private final io.ensemble.shared.outbox.Outbox outbox;
    private final io.ensemble.shared.ids.IdGenerator ids;

    /**
     * Wires the ports without tickets or notices: a priced event's {@code going} then needs no ticket.
     * Production wiring uses the other constructor.
     */
    public RsvpService(EventRepository events, RsvpRepository rsvps, Transactions transactions, Clock clock,
                       io.ensemble.shared.outbox.Outbox outbox, io.ensemble.shared.ids.IdGenerator ids) {
        this(events, rsvps, Optional.empty(), EventNotices.none(), transactions, clock, outbox, ids);
    }

    /**
     * Wires the ports (issue 21 §2-3): a priced event's {@code going} needs a paid ticket, the host is
     * told of new RSVPs and users promoted from the waitlist are told they are in; integrator feed events
     * (issue 26) go to {@code outbox}.
     */
    public RsvpService(EventRepository events, RsvpRepository rsvps, TicketRepository tickets, EventNotices notices,
                       Transactions transactions, Clock clock, io.ensemble.shared.outbox.Outbox outbox,
                       io.ensemble.shared.ids.IdGenerator ids) {
        this(events, rsvps, Optional.of(tickets), notices, transactions, clock, outbox, ids);
    }

    private RsvpService(EventRepository events, RsvpRepository rsvps, Optional<TicketRepository> tickets,
                        EventNotices notices, Transactions transactions, Clock clock,
                        io.ensemble.shared.outbox.Outbox outbox, io.ensemble.shared.ids.IdGenerator ids) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.events = Objects.requireNonNull(events, "events");
        this.rsvps = Objects.requireNonNull(rsvps, "rsvps");
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records the caller's answer. Answering {@code going} again keeps the seat or the waitlist place.
     *
     * @return the stored RSVP, the caller's waitlist place, and who got a seat the caller gave up
     * @throws NotFound when the event is unknown
     * @throws Conflict {@code EVENT_CANCELLED} / {@code EVENT_ENDED} when the event is cancelled or over;
     *     on a priced event {@code TICKET_REQUIRED} for {@code going} while a seat is free to buy, and
     *     {@code TICKET_UNPAID} while the caller's ticket awaits payment, and {@code TICKET_HELD} for
     *     leaving while holding a ticket (refund it instead)
     */
    public RsvpOutcome rsvp(Caller caller, UUID eventId, RsvpCommand command) {
        RsvpChoice choice = command.choice();
        return transactions.inTransaction(() -> {
            Event event = events.lockById(eventId).orElseThrow(() -> new NotFound("No such event."));
            Instant now = clock.instant();
            event.requireOpen(now);
            Optional<Rsvp> current = rsvps.find(eventId, caller.userId());
            Optional<RsvpStatus> before = current.map(Rsvp::status);
            boolean ticketed = event.ticketPrice().isPresent() && tickets.isPresent();
            if (ticketed) {
                requireTicketRules(event, caller.userId(), choice, before);
            }
            RsvpStatus next = before.filter(s -> choice == RsvpChoice.GOING && s.wantsSeat())
                    .orElseGet(() -> RsvpStatus.of(choice, !ticketed && seatFree(event)));
            Rsvp stored = current.orElseGet(() -> new Rsvp(eventId, caller.userId(), next, now, now));
            List<UUID> promoted = List.of();
            if (current.isEmpty() || before.get() != next) {
                stored = stored.with(next, now);
                rsvps.save(stored);
                outbox.append(io.ensemble.shared.outbox.OutboxEvent.unaddressed(ids.newId(),
                        new EventActivity.Rsvped(eventId, caller.userId(), next.name(), now), now));
                if (before.isPresent() && before.get() == RsvpStatus.GOING) {
                    promoted = ticketed ? List.of() : Waitlist.fill(event, rsvps, now);
                    notices.seatsGiven(event, promoted);
                }
                if (next != RsvpStatus.NOT_GOING) {
                    notices.rsvpReceived(event, caller.userId(), next);
                }
            }
            OptionalInt place = next == RsvpStatus.WAITLISTED
                    ? rsvps.waitlistPosition(eventId, caller.userId())
                    : OptionalInt.empty();
            return new RsvpOutcome(stored, place, promoted);
        });
    }

    /** Seats of a priced event are bought: {@code going} alone only joins the waitlist when none is free. */
    private void requireTicketRules(Event event, java.util.UUID userId, RsvpChoice choice,
                                    Optional<RsvpStatus> before) {
        TicketRepository held = tickets.orElseThrow();
        Optional<Ticket> ticket = held.findHeld(event.id(), userId);
        boolean holds = ticket.isPresent();
        if (choice == RsvpChoice.GOING && ticket.filter(t -> t.status() == TicketStatus.PENDING).isPresent()) {
            throw new Conflict("TICKET_UNPAID", "Your ticket is not paid yet: you are going once it is.");
        }
        if (choice == RsvpChoice.GOING && !before.map(RsvpStatus::wantsSeat).orElse(false) && !holds) {
            long free = event.capacity().isEmpty() ? Long.MAX_VALUE
                    : event.capacity().getAsInt() - rsvps.countGoing(event.id()) - held.countPending(event.id());
            if (free > rsvps.counts(event.id()).waitlisted()) {
                throw new Conflict("TICKET_REQUIRED", "This event is ticketed: buy a ticket to go "
                        + "(POST /api/v1/events/" + event.id() + "/tickets).");
            }
        }
        if (choice != RsvpChoice.GOING && holds) {
            throw new Conflict("TICKET_HELD", "You hold a ticket to this event: refund it to give up your seat.");
        }
    }

    private boolean seatFree(Event event) {
        return event.capacity().isEmpty() || rsvps.countGoing(event.id()) < event.capacity().getAsInt();
    }
}
