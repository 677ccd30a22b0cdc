package io.ensemble.shared;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A side effect recorded in the same transaction as the state change that causes it (DESIGN
 * §Patterns "Outbox"), relayed after commit.
 *
 * @param id event id (UUIDv7)
 * @param type stable event name, e.g. {@code notification_received} (the seeds/001 socket event)
 * @param recipientId the user the effect is for (realtime room {@code user:{id}})
 * @param payload JSON text of the event data
 * @param createdAt when the state change happened (UTC)
 */
public record OutboxEvent(UUID id, String type, UUID recipientId, String payload, Instant createdAt) {
    public OutboxEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
