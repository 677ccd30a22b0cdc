package io.ensemble.events;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The door (issue 21 §3): the host of an event (or an admin) scans a ticket's code; a PAID ticket is
 * marked used once, and a second scan is refused with when it was used.
 */
public final class CheckInService {
    private final EventRepository events;
    private final TicketRepository tickets;
    private final Transactions transactions;
    private final Clock clock;

    /** Wires the ports. */
    public CheckInService(EventRepository events, TicketRepository tickets, Transactions transactions, Clock clock) {
        this.events = Objects.requireNonNull(events, "events");
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Checks a ticket in.
     *
     * @return the ticket, used now
     * @throws Forbidden when the caller is neither HOST nor ADMIN
     * @throws ValidationFailed (field {@code code}) when the code is blank
     * @throws NotFound when the event is unknown or another host's, or no ticket of it has this code
     * @throws Conflict {@code TICKET_ALREADY_USED} (the message says when), {@code TICKET_NOT_VALID} when
     *     it is not paid, {@code EVENT_CANCELLED}
     */
    public Ticket checkIn(Caller caller, UUID eventId, String code) {
        if (!caller.is(Role.HOST) && !caller.is(Role.ADMIN)) {
            throw new Forbidden("Only the event's host can check tickets in.");
        }
        if (code == null || code.isBlank()) {
            throw new ValidationFailed(List.of(new FieldError("code", "is required")));
        }
        return transactions.inTransaction(() -> {
            Event event = events.findById(eventId).filter(e -> caller.is(Role.ADMIN) || e.hostedBy(caller.userId()))
                    .orElseThrow(() -> new NotFound("No such event."));
            if (event.cancelled()) {
                throw new Conflict("EVENT_CANCELLED", "This event is cancelled.");
            }
            Ticket ticket = tickets.findByCode(eventId, code.strip())
                    .orElseThrow(() -> new NotFound("No ticket of this event has this code."));
            if (ticket.status() != TicketStatus.PAID) {
                throw new Conflict("TICKET_NOT_VALID", "This ticket is " + ticket.status() + ", not paid.");
            }
            Instant now = clock.instant();
            if (ticket.usedAt().isPresent() || !tickets.markUsed(ticket.id(), now)) {
                Instant used = tickets.findById(ticket.id()).flatMap(Ticket::usedAt).orElse(now);
                throw new Conflict("TICKET_ALREADY_USED", "This ticket was already checked in at " + used + ".");
            }
            return tickets.findById(ticket.id()).orElseThrow();
        });
    }
}
