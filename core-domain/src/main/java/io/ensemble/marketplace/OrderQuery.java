package io.ensemble.marketplace;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Which orders a list shows; every present field narrows it (AND). Lists are always newest first
 * ({@code created_at DESC, id DESC}) and paged by {@link io.ensemble.shared.paging.Cursor}.
 *
 * @param party orders where this user is brand or creator (a user's own list)
 * @param brandId orders bought by this brand
 * @param creatorId orders sold by this creator
 * @param status orders in this state
 */
public record OrderQuery(Optional<UUID> party, Optional<UUID> brandId, Optional<UUID> creatorId,
                         Optional<OrderStatus> status) {
    public OrderQuery {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(brandId, "brandId");
        Objects.requireNonNull(creatorId, "creatorId");
        Objects.requireNonNull(status, "status");
    }

    /** @return the orders of one user as brand or creator, optionally in one state */
    public static OrderQuery forParty(UUID userId, Optional<OrderStatus> status) {
        return new OrderQuery(Optional.of(userId), Optional.empty(), Optional.empty(), status);
    }

    /** @return whether {@code order} belongs to this list (for in-memory adapters) */
    public boolean matches(Order order) {
        return party.map(u -> order.brandId().equals(u) || order.creatorId().equals(u)).orElse(true)
                && brandId.map(order.brandId()::equals).orElse(true)
                && creatorId.map(order.creatorId()::equals).orElse(true)
                && status.map(s -> order.status() == s).orElse(true);
    }
}
