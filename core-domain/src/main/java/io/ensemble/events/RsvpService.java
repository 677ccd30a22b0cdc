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
    private final io.ensemble.shared.outbox.Outbox outbox;
    private final io.ensemble.shared.ids.IdGenerator ids;

    /** Wires the ports. */
    public RsvpService(EventRepository events, RsvpRepository rsvps, Transactions transactions, Clock clock,
                       io.ensemble.shared.outbox.Outbox outbox, io.ensemble.shared.ids.IdGenerator ids) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.events = Objects.requireNonNull(events, "events");
        this.rsvps = Objects.requireNonNull(rsvps, "rsvps");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records the caller's answer. Answering {@code going} again keeps the seat or the waitlist place.
     *
     * @return the stored RSVP, the caller's waitlist place, and who got a seat the caller gave up
     * @throws NotFound when the event is unknown
     * @throws Conflict {@code EVENT_CANCELLED} / {@code EVENT_ENDED} when the event is cancelled or over
     */
    public RsvpOutcome rsvp(Caller caller, UUID eventId, RsvpCommand command) {
        RsvpChoice choice = command.choice();
        return transactions.inTransaction(() -> {
            Event event = events.lockById(eventId).orElseThrow(() -> new NotFound("No such event."));
            Instant now = clock.instant();
            event.requireOpen(now);
            Optional<Rsvp> current = rsvps.find(eventId, caller.userId());
            Optional<RsvpStatus> before = current.map(Rsvp::status);
            RsvpStatus next = before.filter(s -> choice == RsvpChoice.GOING && s.wantsSeat())
                    .orElseGet(() -> RsvpStatus.of(choice, seatFree(event)));
            Rsvp stored = current.orElseGet(() -> new Rsvp(eventId, caller.userId(), next, now, now));
            List<UUID> promoted = List.of();
            if (current.isEmpty() || before.get() != next) {
                stored = stored.with(next, now);
                rsvps.save(stored);
                outbox.append(io.ensemble.shared.outbox.OutboxEvent.unaddressed(ids.newId(),
                        new EventActivity.Rsvped(eventId, caller.userId(), next.name(), now), now));
                if (before.isPresent() && before.get() == RsvpStatus.GOING) {
                    promoted = Waitlist.fill(event, rsvps, now);
                }
            }
            OptionalInt place = next == RsvpStatus.WAITLISTED
                    ? rsvps.waitlistPosition(eventId, caller.userId())
                    : OptionalInt.empty();
            return new RsvpOutcome(stored, place, promoted);
        });
    }

    private boolean seatFree(Event event) {
        return event.capacity().isEmpty() || rsvps.countGoing(event.id()) < event.capacity().getAsInt();
    }
}
