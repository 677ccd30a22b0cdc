package io.ensemble.marketplace.fakes;

import io.ensemble.marketplace.CreatorStats;
import io.ensemble.marketplace.Order;
import io.ensemble.marketplace.OrderConversations;
import io.ensemble.marketplace.OrderQuery;
import io.ensemble.marketplace.OrderRepository;
import io.ensemble.marketplace.OrderStatus;
import io.ensemble.marketplace.OrderTransition;
import io.ensemble.marketplace.Review;
import io.ensemble.marketplace.ReviewRepository;
import io.ensemble.shared.idempotency.IdempotencyKeys;
import io.ensemble.shared.paging.Cursor;
import io.ensemble.testing.InMemoryIdempotencyKeys;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * In-memory marketplace ports for domain tests: orders (with the version compare-and-set),
 * transitions, idempotency keys, order conversations (recorded system messages) and creator stats
 * refreshes. {@link #raceNextUpdate()} makes the next order update lose as if a concurrent
 * transition had committed first.
 */
public final class InMemoryMarket implements OrderRepository, IdempotencyKeys, OrderConversations,
        CreatorStats, ReviewRepository {
    public final Map<UUID, Order> orders = new HashMap<>();
    public final List<OrderTransition> transitions = new ArrayList<>();
    private final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
    public final Map<UUID, List<UUID>> conversationMembers = new HashMap<>();
    public final List<String> systemMessages = new ArrayList<>();
    public final List<UUID> statsRefreshed = new ArrayList<>();
    public final List<Review> reviews = new ArrayList<>();
    private boolean raceNext;

    /** The next {@link #update} fails as if another transition won. */
    public void raceNextUpdate() {
        raceNext = true;
    }

    @Override
    public void insert(Order order) {
        orders.put(order.id(), order);
    }

    @Override
    public Optional<Order> findById(UUID orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }

    /** @return the stored order */
    public Optional<Order> order(UUID orderId) {
        return findById(orderId);
    }

    @Override
    public boolean update(Order next) {
        Order stored = orders.get(next.id());
        if (raceNext) {
            raceNext = false;
            return false;
        }
        if (stored == null || stored.version() != next.version() - 1) {
            return false;
        }
        orders.put(next.id(), next);
        return true;
    }

    @Override
    public void appendTransition(OrderTransition transition) {
        transitions.add(transition);
    }

    @Override
    public List<OrderTransition> transitions(UUID orderId) {
        return transitions.stream().filter(t -> t.orderId().equals(orderId)).toList();
    }

    @Override
    public List<Order> find(OrderQuery query, Optional<Cursor> after, int max) {
        Comparator<Order> newestFirst = Comparator.comparing(Order::createdAt).thenComparing(Order::id).reversed();
        return orders.values().stream()
                .filter(query::matches)
                .filter(o -> after.map(c -> o.createdAt().isBefore(c.at())
                        || o.createdAt().equals(c.at()) && o.id().compareTo(c.id()) < 0).orElse(true))
                .sorted(newestFirst)
                .limit(max).toList();
    }

    @Override
    public List<UUID> deliveredBefore(Instant cutoff, int max) {
        return orders.values().stream().filter(o -> o.status() == OrderStatus.DELIVERED)
                .filter(o -> !o.deliveredAt().orElseThrow().isAfter(cutoff)).map(Order::id).limit(max).toList();
    }

    @Override
    public Optional<Use> find(String scope, UUID callerId, String key) {
        return keys.find(scope, callerId, key);
    }

    @Override
    public boolean claim(String scope, UUID callerId, String key, Use use, Instant at) {
        return keys.claim(scope, callerId, key, use, at);
    }

    @Override
    public UUID openFor(UUID orderId, UUID brandId, UUID creatorId, String title, Instant at) {
        UUID id = UUID.nameUUIDFromBytes(orderId.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        conversationMembers.put(id, List.of(brandId, creatorId));
        return id;
    }

    @Override
    public void postSystemMessage(UUID conversationId, UUID senderId, String text, Instant at) {
        if (!conversationMembers.getOrDefault(conversationId, List.of()).contains(senderId)) {
            throw new IllegalStateException("sender is not a member");
        }
        systemMessages.add(text);
    }

    @Override
    public void refresh(UUID creatorId, Instant at) {
        statsRefreshed.add(creatorId);
    }

    @Override
    public boolean insert(Review review) {
        if (reviews.stream().anyMatch(r -> r.orderId().equals(review.orderId()))) {
            return false;
        }
        return reviews.add(review);
    }

    @Override
    public List<Review> forCreator(UUID creatorId, Optional<Cursor> after, int max) {
        return reviews.stream().filter(r -> r.creatorId().equals(creatorId)).limit(max).toList();
    }
}
