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
    public OutboxEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
