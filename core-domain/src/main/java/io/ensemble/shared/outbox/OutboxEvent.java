package io.ensemble.shared.outbox;

import io.ensemble.shared.outbox.DomainEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One outbox row: a {@link DomainEvent} recorded in the same transaction as the state change that
 * causes it (DESIGN §Patterns "Outbox", §Domain events), relayed after commit.
 *
 * @param id event id (UUIDv7 when written by the domain)
 * @param recipientId the user the effect is for (realtime room {@code user:{id}})
 * @param event what happened, a record of a context's sealed event interface
 * @param createdAt when the state change happened (UTC)
 */
public record OutboxEvent(UUID id, UUID recipientId, DomainEvent event, Instant createdAt) {
    /**
     * The recipient of an event no user receives directly (e.g. an order placed, relayed only to the
     * integrator feed, issue 26 §1): the nil UUID.
     */
    public static final UUID NO_RECIPIENT = new UUID(0L, 0L);

    /** @return an event addressed to no user ({@link #NO_RECIPIENT}), e.g. one only the integrator feed relays */
    public static OutboxEvent unaddressed(UUID id, DomainEvent event, Instant createdAt) {
        return new OutboxEvent(id, NO_RECIPIENT, event, createdAt);
    }

    public OutboxEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
