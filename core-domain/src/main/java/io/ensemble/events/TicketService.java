package io.ensemble.events;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.payments.Money;
import io.ensemble.payments.PaymentStart;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.Validator;
import io.ensemble.shared.idempotency.IdempotencyKeyReused;
import io.ensemble.shared.idempotency.IdempotencyKeys;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.transactions.Transactions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Tickets of paid events (issue 21 §3): a signed-in user buys one through the {@code PaymentGateway}
 * (manual: the host or an admin records the payment; stripe: the app pays the PaymentIntent and the
 * verified webhook confirms it). A PENDING ticket holds a seat; paid, its holder is {@code going}.
 * Purchases run under the event's lock, so seats are never over-sold, and honour the waitlist's order.
 */
public final class TicketService {
    /** The {@link IdempotencyKeys} scope of {@code POST /api/v1/events/:id/tickets}. */
    public static final String IDEMPOTENCY_SCOPE = "events.buy-ticket";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EventRepository events;
    private final RsvpRepository rsvps;
    private final TicketLedger ledger;
    private final IdempotencyKeys keys;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    /** Wires the ports. */
    public TicketService(EventRepository events, RsvpRepository rsvps, TicketLedger ledger, IdempotencyKeys keys,
                         Transactions transactions, IdGenerator ids, Clock clock) {
        this.events = Objects.requireNonNull(events, "events");
        this.rsvps = Objects.requireNonNull(rsvps, "rsvps");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Buys the caller's ticket: a PENDING ticket holding a seat, or the ticket the caller already holds.
     * The same {@code Idempotency-Key} answers the same ticket.
     *
     * @throws NotFound when the event is unknown
     * @throws Conflict {@code EVENT_CANCELLED} / {@code EVENT_ENDED}; {@code EVENT_FREE} for an event
     *     without a price; {@code SOLD_OUT} when no seat is free for the caller (waitlisted users ahead
     *     of them come first); a replayed key answers {@code created = false}
     * @throws IdempotencyKeyReused (422) when the key was used for another event
     * @throws io.ensemble.shared.errors.ProviderUnavailable (503) when the gateway is down; nothing stored
     */
    public TicketPurchase buyTicket(Caller caller, UUID eventId, Optional<String> idempotencyKey) {
        Optional<String> key = idempotencyKey.map(String::strip).filter(k -> !k.isEmpty());
        key.ifPresent(k -> new Validator().maxLength("Idempotency-Key", k, 255).throwIfInvalid());
        return transactions.inTransaction(() -> {
            Event event = events.lockById(eventId).orElseThrow(() -> new NotFound("No such event."));
            Optional<TicketPurchase> replay = key.flatMap(k -> keys.find(IDEMPOTENCY_SCOPE, caller.userId(), k))
                    .map(use -> replay(use, eventId));
            if (replay.isPresent()) {
                return replay.get();
            }
            Instant now = clock.instant();
            event.requireOpen(now);
            Money price = event.ticketPrice()
                    .orElseThrow(() -> new Conflict("EVENT_FREE", "This event is free: RSVP going instead."));
            Optional<Ticket> held = ledger.tickets().findHeld(eventId, caller.userId());
            TicketPurchase purchase = held.map(t -> new TicketPurchase(t, secretOf(t), false))
                    .orElseGet(() -> newTicket(caller, event, price, key, now));
            key.ifPresent(k -> keys.claim(IDEMPOTENCY_SCOPE, caller.userId(), k,
                    new IdempotencyKeys.Use(eventId.toString(), purchase.ticket().id(), purchase.created()), now));
            return purchase;
        });
    }

    private TicketPurchase replay(IdempotencyKeys.Use use, UUID eventId) {
        if (!use.fingerprint().equals(eventId.toString())) {
            throw new IdempotencyKeyReused("a ticket of another event");
        }
        Ticket ticket = ledger.tickets().findById(use.resultId()).orElseThrow();
        return new TicketPurchase(ticket, secretOf(ticket), false);
    }

    private TicketPurchase newTicket(Caller caller, Event event, Money price, Optional<String> key, Instant now) {
        long free = ledger.freeSeats(event);
        int place = rsvps.waitlistPosition(event.id(), caller.userId())
                .orElse((int) Math.min(Integer.MAX_VALUE, rsvps.counts(event.id()).waitlisted() + 1));
        if (place > free) {
            throw new Conflict("SOLD_OUT", "No seat is free for you: RSVP going to join the waitlist; you will be "
                    + "told when a seat is yours to buy.");
        }
        UUID ticketId = key.map(k -> ticketIdFor(caller.userId(), event.id(), k)).orElseGet(ids::newId);
        PaymentStart start = ledger.gateway().createPayment(ticketId, price, Map.of("kind", "event_ticket",
                "eventId", event.id().toString(), "userId", caller.userId().toString()));
        Ticket ticket = new Ticket(ticketId, event.id(), caller.userId(), newCode(), TicketStatus.PENDING, price,
                ledger.gateway().name(), start.providerRef(), Optional.empty(), Optional.empty(),
                now, now);
        ledger.tickets().insert(ticket);
        return new TicketPurchase(ticket, start.clientSecret(), true);
    }

    private Optional<String> secretOf(Ticket ticket) {
        return ticket.status() == TicketStatus.PENDING ? ledger.gateway().clientSecretOf(ticket.providerRef())
                : Optional.empty();
    }

    /**
     * Records that a PENDING ticket was paid (manual gateway): the host of the event or an admin.
     *
     * @return the PAID ticket
     * @throws NotFound when the event or ticket is unknown, or the caller is not its host/admin
     * @throws Conflict {@code PAID_BY_PROVIDER} when the provider confirms payments itself;
     *     {@code TICKET_NOT_PENDING} when it was refunded or withdrawn
     */
    public Ticket recordPayment(Caller caller, UUID eventId, UUID ticketId) {
        if (!ledger.gateway().operatorConfirmsPayments()) {
            throw new Conflict("PAID_BY_PROVIDER", "Payments are confirmed by " + ledger.gateway().name() + ".");
        }
        return transactions.inTransaction(() -> {
            Event event = hostedLocked(caller, eventId);
            Ticket ticket = ticketOf(event, ticketId);
            if (ticket.status() != TicketStatus.PENDING && ticket.status() != TicketStatus.PAID) {
                throw new Conflict("TICKET_NOT_PENDING", "This ticket was " + ticket.status() + ".");
            }
            return ledger.markPaid(event, ticket);
        });
    }

    /**
     * Refunds a paid ticket (or withdraws an unpaid one) through the gateway: its holder before the
     * event is over, or the host/an admin. The seat frees and the next on the waitlist may buy it.
     *
     * @throws NotFound when the event or ticket is unknown or neither the caller's nor their event's
     * @throws Conflict {@code TICKET_NOT_REFUNDABLE}; {@code EVENT_ENDED} for a holder after the event
     * @throws io.ensemble.shared.errors.ProviderUnavailable (503) when the gateway is down; nothing changed
     */
    public Ticket refundTicket(Caller caller, UUID eventId, UUID ticketId) {
        return transactions.inTransaction(() -> {
            Event event = events.lockById(eventId).orElseThrow(() -> new NotFound("No such event."));
            Ticket ticket = ticketOf(event, ticketId);
            boolean manages = caller.is(Role.ADMIN) || event.hostedBy(caller.userId());
            if (!manages && !ticket.userId().equals(caller.userId())) {
                throw new NotFound("No such ticket.");
            }
            if (!manages) {
                event.requireOpen(clock.instant());
            }
            return ledger.release(event, ticket, true);
        });
    }

    /**
     * @return the ticket, to its holder, the event's host or an admin
     * @throws NotFound otherwise, or when unknown
     */
    public Ticket ticket(Caller caller, UUID eventId, UUID ticketId) {
        Event event = events.findById(eventId).orElseThrow(() -> new NotFound("No such event."));
        Ticket ticket = ticketOf(event, ticketId);
        if (!caller.is(Role.ADMIN) && !event.hostedBy(caller.userId()) && !ticket.userId().equals(caller.userId())) {
            throw new NotFound("No such ticket.");
        }
        return ticket;
    }

    /** @return the client secret of a PENDING ticket (Stripe), so the app can pay it */
    public Optional<String> clientSecret(Ticket ticket) {
        return secretOf(ticket);
    }

    private Ticket ticketOf(Event event, UUID ticketId) {
        return ledger.tickets().findById(ticketId).filter(t -> t.eventId().equals(event.id()))
                .orElseThrow(() -> new NotFound("No such ticket."));
    }

    private Event hostedLocked(Caller caller, UUID eventId) {
        return events.lockById(eventId).filter(e -> caller.is(Role.ADMIN) || e.hostedBy(caller.userId()))
                .orElseThrow(() -> new NotFound("No such event."));
    }

    /**
     * The id of a ticket bought with an {@code Idempotency-Key}: the same for every retry of the key, so
     * a purchase retried after the provider failed (or its answer was lost) reaches the provider under the
     * same idempotency key ({@code pi-<ticketId>}) and never starts a second payment.
     */
    private static UUID ticketIdFor(UUID userId, UUID eventId, String key) {
        return UUID.nameUUIDFromBytes(("event-ticket:" + userId + ":" + eventId + ":" + key)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** @return 128 random bits, base64url without padding (22 characters) */
    private static String newCode() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
