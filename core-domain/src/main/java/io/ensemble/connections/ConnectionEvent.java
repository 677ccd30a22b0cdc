package io.ensemble.connections;

import io.ensemble.shared.outbox.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * Domain events of connections (DESIGN §Domain events), written to the outbox in the transaction of
 * the change; the integrator feed publishes them as {@code connection.requested} and
 * {@code connection.accepted} (issue 26 §1). Ids only (the note stays private).
 */
public sealed interface ConnectionEvent extends DomainEvent {
    /** A user asked another to connect. */
    record Requested(UUID requestId, UUID requesterId, UUID receiverId, Instant at) implements ConnectionEvent {
    }

    /** The receiver accepted; the two are connected. */
    record Accepted(UUID requestId, UUID requesterId, UUID receiverId, Instant at) implements ConnectionEvent {
    }
}
