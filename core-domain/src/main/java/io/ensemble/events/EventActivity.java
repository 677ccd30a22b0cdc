package io.ensemble.events;

import io.ensemble.shared.outbox.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * Domain events of the events context (DESIGN §Domain events), written to the outbox in the
 * transaction of the change; the integrator feed publishes them as {@code event.created} and
 * {@code event.rsvp} (issue 26 §1). Public fields only.
 */
public sealed interface EventActivity extends DomainEvent {
    /** A host created an event. */
    record Created(UUID eventId, UUID hostId, String title, Instant startsAt, String location, String status,
                   Instant createdAt) implements EventActivity {
    }

    /** A user's RSVP changed ({@code status}: GOING, INTERESTED, NOT_GOING, WAITLISTED …). */
    record Rsvped(UUID eventId, UUID userId, String status, Instant at) implements EventActivity {
    }

    /** A ticket was paid ({@code amount} in minor units of {@code currency}). */
    record TicketPurchased(UUID ticketId, UUID eventId, UUID userId, long amount, String currency, Instant at)
            implements EventActivity {
    }

    /** A paid ticket was refunded. */
    record TicketRefunded(UUID ticketId, UUID eventId, UUID userId, long amount, String currency, Instant at)
            implements EventActivity {
    }
}
