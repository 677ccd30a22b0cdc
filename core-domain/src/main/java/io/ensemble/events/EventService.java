package io.ensemble.events;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Hosts' use cases of events (issue 21 §1): HOSTs (and ADMINs) create, replace and cancel events.
 * A host's change to another host's event is {@link NotFound}, so ids don't leak; admins may change
 * any event and alone set {@code featured}.
 */
public final class EventService {
    private final EventRepository events;
    private final RsvpRepository rsvps;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final Optional<TicketLedger> tickets;
    private final EventNotices notices;
    private final Optional<AttendeeRepository> attendees;
    private final io.ensemble.shared.outbox.Outbox outbox;

    /** Wires the ports without tickets or notices (cancelling refunds nothing, nobody is told). */
    public EventService(EventRepository events, RsvpRepository rsvps, Transactions transactions, IdGenerator ids,
                        Clock clock, io.ensemble.shared.outbox.Outbox outbox) {
        this(events, rsvps, Optional.empty(), EventNotices.none(), Optional.empty(), transactions, ids, clock, outbox);
    }

    /**
     * Wires the ports (issue 21 §1-3): cancelling refunds every ticket through {@code tickets}; attendees
     * are told of changes and cancellation; seats a capacity raise frees go to the waitlist. Integrator feed
     * events (issue 26) go to {@code outbox}.
     */
    public EventService(EventRepository events, RsvpRepository rsvps, TicketLedger tickets, EventNotices notices,
                        AttendeeRepository attendees, Transactions transactions, IdGenerator ids, Clock clock,
                        io.ensemble.shared.outbox.Outbox outbox) {
        this(events, rsvps, Optional.of(tickets), notices, Optional.of(attendees), transactions, ids, clock, outbox);
    }

    private EventService(EventRepository events, RsvpRepository rsvps, Optional<TicketLedger> tickets,
                         EventNotices notices, Optional<AttendeeRepository> attendees, Transactions transactions,
                         IdGenerator ids, Clock clock, io.ensemble.shared.outbox.Outbox outbox) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.events = Objects.requireNonNull(events, "events");
        this.rsvps = Objects.requireNonNull(rsvps, "rsvps");
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.attendees = Objects.requireNonNull(attendees, "attendees");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Creates an ACTIVE event hosted by the caller, version 1.
     *
     * @return the stored event
     * @throws Forbidden when the caller is neither HOST nor ADMIN, or a HOST asks for {@code featured}
     * @throws ValidationFailed (field {@code startsAt}) when the start is not in the future
     */
    public Event createEvent(Caller caller, EventCommand command) {
        requireHostRole(caller);
        boolean featured = command.featuredRequest().orElse(false);
        requireMayFeature(caller, featured, false);
        Instant now = clock.instant();
        command.requireStartAfter(now);
        Event event = new Event(ids.newId(), caller.userId(), command.title(), command.description(),
                command.start(), command.end(), command.location(), command.point(), command.ticketPrice(),
                command.seats(), command.tags(), command.images(), featured, EventStatus.ACTIVE, 1, now, now);
        transactions.run(() -> {
            events.insert(event);
            outbox.append(io.ensemble.shared.outbox.OutboxEvent.unaddressed(ids.newId(),
                    new EventActivity.Created(event.id(), event.hostId(), event.title(), event.startsAt(),
                            event.location(), event.status().name(), now), now));
        });
        return event;
    }

    /**
     * Replaces every field of an event the caller hosts (any event for an ADMIN). A capacity raise
     * gives the freed seats to the waitlist in order.
     *
     * @param expectedVersion the version the caller last read; empty to skip the check
     * @return the stored event, next version
     * @throws Forbidden when the caller is neither HOST nor ADMIN, or a HOST changes {@code featured}
     * @throws NotFound when the event is unknown or another host's
     * @throws Conflict when the event is cancelled or over, or {@code expectedVersion} is stale
     * @throws ValidationFailed {@code startsAt} moved into the past; {@code capacity} below the seats taken
     */
    public Event updateEvent(Caller caller, UUID eventId, EventCommand command, OptionalLong expectedVersion) {
        requireHostRole(caller);
        return transactions.inTransaction(() -> {
            Event current = ownLocked(caller, eventId);
            Instant now = clock.instant();
            current.requireOpen(now);
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != current.version()) {
                throw staleVersion();
            }
            boolean featured = command.featuredRequest().orElse(current.featured());
            requireMayFeature(caller, featured, current.featured());
            if (!command.start().equals(current.startsAt())) {
                command.requireStartAfter(now);
            }
            long going = rsvps.countGoing(eventId);
            if (command.seats().isPresent() && command.seats().getAsInt() < going) {
                throw new ValidationFailed(List.of(new FieldError("capacity",
                        "must be at least " + going + ", the number of people already going")));
            }
            Event updated = current.with(command, featured, now);
            if (!events.update(updated, current.version())) {
                throw staleVersion();
            }
            if (tickets.isPresent() && updated.ticketPrice().isPresent()) {
                tickets.get().offerFreeSeats(updated);
            } else {
                notices.seatsGiven(updated, Waitlist.fill(updated, rsvps, now));
            }
            attendees.ifPresent(a -> notices.eventChanged(updated, a.toNotify(eventId)));
            return updated;
        });
    }

    /**
     * Cancels an event the caller hosts (any event for an ADMIN). RSVPs stay, so attendees can be told
     * (they are); every ticket is refunded through the payment gateway (unpaid ones withdrawn).
     *
     * @return the cancelled event, next version
     * @throws Forbidden when the caller is neither HOST nor ADMIN
     * @throws NotFound when the event is unknown or another host's
     * @throws Conflict when the event is already cancelled or over
     * @throws io.ensemble.shared.errors.ProviderUnavailable (503) when the gateway is down: nothing changes,
     *     and a retry refunds nothing twice (refunds are idempotent per payment at the provider)
     */
    public Event cancelEvent(Caller caller, UUID eventId, CancelEvent command) {
        Objects.requireNonNull(command, "command");
        requireHostRole(caller);
        return transactions.inTransaction(() -> {
            Event current = ownLocked(caller, eventId);
            Instant now = clock.instant();
            current.requireOpen(now);
            Event cancelled = current.cancel(now);
            if (!events.update(cancelled, current.version())) {
                throw staleVersion();
            }
            List<UUID> told = attendees.map(a -> a.toNotify(eventId)).orElse(List.of());
            tickets.ifPresent(t -> t.releaseAll(cancelled));
            notices.eventChanged(cancelled, told);
            return cancelled;
        });
    }

    private Event ownLocked(Caller caller, UUID eventId) {
        Optional<Event> event = events.lockById(eventId);
        return event.filter(e -> caller.is(Role.ADMIN) || e.hostedBy(caller.userId()))
                .orElseThrow(() -> new NotFound("No such event."));
    }

    private static void requireHostRole(Caller caller) {
        if (!caller.is(Role.HOST) && !caller.is(Role.ADMIN)) {
            throw new Forbidden("Only hosts can create and manage events.");
        }
    }

    private static void requireMayFeature(Caller caller, boolean featured, boolean currently) {
        if (featured != currently && !caller.is(Role.ADMIN)) {
            throw new Forbidden("Only admins can feature events.");
        }
    }

    private static Conflict staleVersion() {
        return new Conflict("VERSION_CONFLICT", "The event changed meanwhile; reload it and try again.");
    }
}
