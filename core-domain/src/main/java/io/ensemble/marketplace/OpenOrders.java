package io.ensemble.marketplace;

import java.util.List;
import java.util.UUID;

/** Read port: a user's orders not yet in a final state, as brand or creator (issue 20 §4). */
public interface OpenOrders {

    /** @return the ids of the user's orders in progress, oldest first */
    List<UUID> openOrdersOf(UUID userId);
}
