package io.ensemble.marketplace;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One stored move of an order (table {@code order_transitions}): who, when, why, from, to.
 *
 * @param actorId the user who acted; empty for the system (auto-complete)
 * @param note the actor's reason, when given
 */
public record OrderTransition(UUID id, UUID orderId, Optional<UUID> actorId, OrderParty party, OrderAction action,
                              OrderStatus from, OrderStatus to, Optional<String> note, Instant at) {
    public OrderTransition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(at, "at");
    }
}
