package io.ensemble.marketplace;

import io.ensemble.shared.paging.Cursor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence port of {@code orders} and {@code order_transitions}. Calls join the caller's transaction. */
public interface OrderRepository {
    /** Stores a new order (version 0). */
    void insert(Order order);

    /** @return the order in any state */
    Optional<Order> findById(UUID orderId);

    /**
     * Compare-and-set: stores {@code next} only when the stored version is still
     * {@code next.version() - 1}, so of two concurrent transitions exactly one wins.
     *
     * @return whether this call stored it
     */
    boolean update(Order next);

    /** Appends a transition to the order's history. */
    void appendTransition(OrderTransition transition);

    /** @return the order's transitions, oldest first */
    List<OrderTransition> transitions(UUID orderId);

    /**
     * Orders matching {@code query}, newest first ({@code created_at DESC, id DESC}).
     *
     * @param after the last row of the previous page, when paging
     * @param max at most this many rows
     */
    List<Order> find(OrderQuery query, Optional<Cursor> after, int max);

    /**
     * Orders where the user is brand or creator, newest first ({@code created_at DESC, id DESC}).
     *
     * @param status only this state, when given
     */
    default List<Order> forParty(UUID userId, Optional<OrderStatus> status, Optional<Cursor> after, int max) {
        return find(OrderQuery.forParty(userId, status), after, max);
    }

    /** @return ids of DELIVERED orders delivered at or before {@code cutoff}, oldest delivery first */
    List<UUID> deliveredBefore(Instant cutoff, int max);
}
