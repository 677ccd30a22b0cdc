package io.ensemble.privacy;

import io.ensemble.shared.errors.Conflict;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** 409 {@code ORDERS_IN_PROGRESS}: the account has orders not yet final; the message lists them (issue 20). */
public final class OrdersInProgress extends Conflict {
    private static final long serialVersionUID = 1L;

    /** @param orderIds the orders in progress */
    public OrdersInProgress(List<UUID> orderIds) {
        super("ORDERS_IN_PROGRESS", "The account has orders in progress: "
                + orderIds.stream().map(UUID::toString).collect(Collectors.joining(", "))
                + ". Finish or cancel them first (an admin may force the deletion with force=true).");
    }
}
