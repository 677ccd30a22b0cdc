package io.ensemble.events;

import io.ensemble.payments.PaymentGateway;
import io.ensemble.shared.errors.Conflict;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The money and seat side of tickets (issue 21 §3), shared by purchases, webhooks and cancellations:
 * a paid ticket makes its holder {@code going}; a released ticket is refunded (PAID) or its payment
 * cancelled (PENDING) through the {@link PaymentGateway}, its seat freed and the first on the
 * waitlist told they may buy it. Every method runs inside the caller's transaction with the event locked.
 */
public final class TicketLedger {
    private final PaymentGateway gateway;
    private final TicketRepository tickets;
    private final RsvpRepository rsvps;
    private final EventNotices notices;
    private final Clock clock;
    private final io.ensemble.shared.outbox.Outbox outbox;
    private final io.ensemble.shared.ids.IdGenerator ids;

    /** Wires the ports; {@code outbox} receives {@code ticket_purchased}/{@code ticket_refunded} (issue 26 §1). */
    public TicketLedger(PaymentGateway gateway, TicketRepository tickets, RsvpRepository rsvps, EventNotices notices,
                        Clock clock, io.ensemble.shared.outbox.Outbox outbox, io.ensemble.shared.ids.IdGenerator ids) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.rsvps = Objects.requireNonNull(rsvps, "rsvps");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    PaymentGateway gateway() {
        return gateway;
    }

    TicketRepository tickets() {
        return tickets;
    }

    /**
     * PENDING → PAID, and the holder is {@code going}. A payment arriving for a cancelled event is
     * refunded at once; one arriving for a withdrawn (VOID) ticket is refunded too.
     *
     * @return the ticket as stored afterwards
     */
    Ticket markPaid(Event event, Ticket ticket) {
        Instant now = clock.instant();
        if (ticket.status() == TicketStatus.VOID) {
            String refund = gateway.refund(ticket.providerRef(), ticket.price());
            tickets.transition(ticket.id(), TicketStatus.VOID, TicketStatus.REFUNDED, Optional.of(refund), now);
            return tickets.findById(ticket.id()).orElseThrow();
        }
        if (ticket.status() != TicketStatus.PENDING
                || !tickets.transition(ticket.id(), TicketStatus.PENDING, TicketStatus.PAID, Optional.empty(), now)) {
            return tickets.findById(ticket.id()).orElseThrow();
        }
        Ticket paid = tickets.findById(ticket.id()).orElseThrow();
        record(new EventActivity.TicketPurchased(paid.id(), paid.eventId(), paid.userId(), paid.price().amount(),
                paid.price().currency(), now), now);
        if (event.cancelled()) {
            return release(event, paid, false);
        }
        Rsvp current = rsvps.find(event.id(), ticket.userId())
                .orElseGet(() -> new Rsvp(event.id(), ticket.userId(), RsvpStatus.GOING, now, now));
        rsvps.save(current.with(RsvpStatus.GOING, now));
        notices.ticket(event, paid, "paid");
        notices.rsvpReceived(event, ticket.userId(), RsvpStatus.GOING);
        return paid;
    }

    /**
     * Gives a held ticket back: PAID is refunded through the gateway (REFUNDED), PENDING has its payment
     * cancelled (VOID). The holder's seat frees ({@code not_going}) and, when {@code offerSeat}, the
     * next on the waitlist is told they may buy it.
     *
     * @return the ticket as stored afterwards
     * @throws Conflict {@code TICKET_NOT_REFUNDABLE} when it is already refunded or withdrawn
     * @throws io.ensemble.shared.errors.ProviderUnavailable when the gateway cannot be reached (nothing changed here)
     */
    Ticket release(Event event, Ticket ticket, boolean offerSeat) {
        Instant now = clock.instant();
        if (ticket.status() == TicketStatus.PAID) {
            String refund = gateway.refund(ticket.providerRef(), ticket.price());
            tickets.transition(ticket.id(), TicketStatus.PAID, TicketStatus.REFUNDED, Optional.of(refund), now);
            refunded(ticket, now);
            notices.ticket(event, ticket, "refunded");
        } else if (ticket.status() == TicketStatus.PENDING) {
            gateway.cancelPayment(ticket.providerRef());
            tickets.transition(ticket.id(), TicketStatus.PENDING, TicketStatus.VOID, Optional.empty(), now);
        } else {
            throw new Conflict("TICKET_NOT_REFUNDABLE", "This ticket was already " + ticket.status() + ".");
        }
        freeSeatOf(event, ticket.userId(), now);
        if (offerSeat) {
            offerFreeSeats(event);
        }
        return tickets.findById(ticket.id()).orElseThrow();
    }

    /** A PAID ticket was refunded at the provider: REFUNDED, its seat freed and offered to the waitlist. */
    void recordRefunded(Event event, Ticket ticket, Optional<String> refundRef) {
        Instant now = clock.instant();
        if (tickets.transition(ticket.id(), TicketStatus.PAID, TicketStatus.REFUNDED, refundRef, now)) {
            refunded(ticket, now);
            freeSeatOf(event, ticket.userId(), now);
            offerFreeSeats(event);
        }
    }

    private void refunded(Ticket ticket, Instant now) {
        record(new EventActivity.TicketRefunded(ticket.id(), ticket.eventId(), ticket.userId(), ticket.price().amount(),
                ticket.price().currency(), now), now);
    }

    private void record(EventActivity event, Instant now) {
        outbox.append(io.ensemble.shared.outbox.OutboxEvent.unaddressed(ids.newId(), event, now));
    }

    private void freeSeatOf(Event event, UUID userId, Instant now) {
        rsvps.find(event.id(), userId).filter(r -> r.status() == RsvpStatus.GOING)
                .ifPresent(r -> rsvps.save(r.with(RsvpStatus.NOT_GOING, now)));
    }

    /** Releases every held ticket of a cancelled event (refunds through the gateway). */
    void releaseAll(Event event) {
        for (Ticket ticket : tickets.held(event.id())) {
            release(event, ticket, false);
        }
    }

    /** @return seats of a ticketed event nobody holds (GOING or a PENDING ticket); MAX_VALUE when unlimited */
    long freeSeats(Event event) {
        if (event.capacity().isEmpty()) {
            return Long.MAX_VALUE;
        }
        return event.capacity().getAsInt() - rsvps.countGoing(event.id()) - tickets.countPending(event.id());
    }

    /** Tells the first waitlisted users of a ticketed event, one per free seat, that they may buy. */
    void offerFreeSeats(Event event) {
        long free = freeSeats(event);
        if (free > 0 && event.ticketPrice().isPresent()) {
            List<UUID> first = rsvps.firstWaitlisted(event.id(), (int) Math.min(free, 100)).stream()
                    .map(Rsvp::userId).toList();
            notices.seatsOffered(event, first);
        }
    }
}
