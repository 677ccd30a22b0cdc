package io.ensemble.marketplace;

import io.ensemble.shared.outbox.DomainEvent;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Domain events of orders (DESIGN §Domain events), written to the outbox in the transaction of the
 * change; the integrator feed publishes them as {@code order.placed} and {@code order.transitioned}
 * (issue 26 §1). Fields are the order's public view: ids, title, price, states.
 */
public sealed interface OrderEvent extends DomainEvent {
    /** A brand placed an order; it waits for payment. Amount in minor units. */
    record Placed(UUID orderId, UUID brandId, UUID creatorId, String title, long amount, String currency,
                  String status, Instant placedAt) implements OrderEvent {
    }

    /** An order moved from one state to another by {@code action} of {@code party} (actor empty: the system). */
    record Transitioned(UUID orderId, UUID brandId, UUID creatorId, String action, String party, String from,
                        String to, Optional<UUID> actorId, Instant at) implements OrderEvent {
    }
}
