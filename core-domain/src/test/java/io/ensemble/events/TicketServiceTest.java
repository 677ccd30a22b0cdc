package io.ensemble.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.events.fakes.EventsFixture;
import io.ensemble.events.fakes.FakeGateway;
import io.ensemble.events.fakes.InMemoryTickets;
import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.testing.InMemoryIdempotencyKeys;
import io.ensemble.testing.RollbackTransactions;
import io.ensemble.testing.SequentialIdGenerator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Tickets (issue 21 §3) against in-memory fakes: seats, waitlist order, idempotency, the door, refunds. */
class TicketServiceTest {
    private final EventsFixture f = new EventsFixture();
    private final InMemoryTickets tickets = new InMemoryTickets();
    private final FakeGateway gateway = new FakeGateway();
    private final RollbackTransactions transactions = new RollbackTransactions(f.events, f.rsvps, tickets);
    private final TicketLedger ledger = new TicketLedger(gateway, tickets, f.rsvps, EventNotices.none(), f.clock,
            new io.ensemble.notifications.InMemoryOutbox(), new io.ensemble.testing.SequentialIdGenerator());
    private final TicketService service = new TicketService(f.events, f.rsvps, ledger, new InMemoryIdempotencyKeys(),
            transactions, new SequentialIdGenerator(), f.clock);
    private final RsvpService rsvps = new RsvpService(f.events, f.rsvps, tickets, EventNotices.none(), transactions,
            f.clock, new io.ensemble.notifications.InMemoryOutbox(), new SequentialIdGenerator());
    private final CheckInService door = new CheckInService(f.events, tickets, transactions, f.clock);
    private final Caller host = EventsFixture.caller(Role.HOST);

    private UUID pricedEvent(int capacity) {
        return f.service.createEvent(host, new EventCommand("Paid night", "", "2027-01-17T21:00:00Z", null, "Club",
                null, null, 5000L, "USD", capacity, List.of(), List.of(), null)).id();
    }

    private Ticket paid(UUID event, Caller buyer) {
        Ticket t = service.buyTicket(buyer, event, Optional.empty()).ticket();
        return service.recordPayment(host, event, t.id());
    }

    @Test
    void seats_go_to_the_waitlist_in_order_and_a_refund_frees_one() {
        UUID event = pricedEvent(1);
        Caller first = EventsFixture.caller(Role.PARTIER);
        Caller waiting = EventsFixture.caller(Role.PARTIER);
        Caller late = EventsFixture.caller(Role.PARTIER);
        Ticket ticket = paid(event, first);
        assertThat(f.rsvps.find(event, first.userId()).map(Rsvp::status)).contains(RsvpStatus.GOING);
        assertThat(rsvps.rsvp(waiting, event, new RsvpCommand("going")).rsvp().status()).isEqualTo(RsvpStatus.WAITLISTED);
        assertThat(rsvps.rsvp(late, event, new RsvpCommand("going")).rsvp().status()).isEqualTo(RsvpStatus.WAITLISTED);
        assertThatThrownBy(() -> service.buyTicket(waiting, event, Optional.empty())).isInstanceOf(Conflict.class)
                .extracting("code").isEqualTo("SOLD_OUT");

        assertThat(service.refundTicket(first, event, ticket.id()).status()).isEqualTo(TicketStatus.REFUNDED);
        assertThat(gateway.refunded).containsExactly(ticket.providerRef());
        assertThatThrownBy(() -> service.buyTicket(late, event, Optional.empty())).extracting("code")
                .isEqualTo("SOLD_OUT");
        assertThat(service.buyTicket(waiting, event, Optional.empty()).created()).isTrue();
    }

    @Test
    void the_same_key_answers_the_same_ticket_and_a_provider_outage_stores_nothing() {
        UUID event = pricedEvent(5);
        Caller buyer = EventsFixture.caller(Role.PARTIER);
        gateway.down = true;
        assertThatThrownBy(() -> service.buyTicket(buyer, event, Optional.of("k1")))
                .isInstanceOf(ProviderUnavailable.class);
        assertThat(tickets.countPending(event)).isZero();
        gateway.down = false;
        TicketPurchase first = service.buyTicket(buyer, event, Optional.of("k1"));
        TicketPurchase again = service.buyTicket(buyer, event, Optional.of("k1"));
        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.ticket().id()).isEqualTo(first.ticket().id());
        assertThat(gateway.started).containsOnly(first.ticket().id()).hasSize(1);
    }

    @Test
    void a_ticket_is_checked_in_once() {
        UUID event = pricedEvent(5);
        Ticket ticket = paid(event, EventsFixture.caller(Role.PARTIER));
        assertThat(door.checkIn(host, event, ticket.code()).usedAt()).contains(f.clock.instant());
        assertThatThrownBy(() -> door.checkIn(host, event, ticket.code())).isInstanceOf(Conflict.class)
                .extracting("code").isEqualTo("TICKET_ALREADY_USED");
    }

    @Test
    void cancelling_refunds_paid_tickets_and_withdraws_unpaid_ones() {
        UUID event = pricedEvent(5);
        Ticket paidTicket = paid(event, EventsFixture.caller(Role.PARTIER));
        Ticket pending = service.buyTicket(EventsFixture.caller(Role.PARTIER), event, Optional.empty()).ticket();
        EventService withTickets = new EventService(f.events, f.rsvps, ledger, EventNotices.none(),
                new io.ensemble.events.AttendeeRepository() {
                    @Override
                    public List<UUID> toNotify(UUID eventId) {
                        return List.of();
                    }

                    @Override
                    public List<Attendee> page(UUID eventId, Optional<io.ensemble.shared.paging.Cursor> after,
                                               int limit) {
                        return List.of();
                    }
                }, transactions, new SequentialIdGenerator(), f.clock, new io.ensemble.notifications.InMemoryOutbox());
        withTickets.cancelEvent(host, event, new CancelEvent(null));
        assertThat(tickets.findById(paidTicket.id()).map(Ticket::status)).contains(TicketStatus.REFUNDED);
        assertThat(tickets.findById(pending.id()).map(Ticket::status)).contains(TicketStatus.VOID);
    }
}
