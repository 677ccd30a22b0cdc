package io.ensemble.marketplace;

import java.util.Map;
import java.util.UUID;

/** Read port of a user's order counts (the admin user detail, issue 20 §1); implemented by the order repository adapter. */
public interface OrderCounts {
    /** @return how many orders the user is a party of (brand or creator), by status; statuses with none are absent */
    Map<OrderStatus, Long> countsByStatus(UUID userId);
}
