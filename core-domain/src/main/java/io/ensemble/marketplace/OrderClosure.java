package io.ensemble.marketplace;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.audit.RequestOrigin;
import io.ensemble.shared.errors.Forbidden;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Marketplace use cases for account deletion (issue 20 §4): which orders of a user are in progress,
 * and, when an admin forces the deletion, ending each of them (cancelled before payment, refunded after).
 */
public final class OrderClosure {
    private final OpenOrders open;
    private final OrderLifecycle lifecycle;

    /** Wires the ports. */
    public OrderClosure(OpenOrders open, OrderLifecycle lifecycle) {
        this.open = Objects.requireNonNull(open, "open");
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
    }

    /** @return the ids of the user's orders not in a final state */
    public List<UUID> inProgress(UUID userId) {
        return open.openOrdersOf(userId);
    }

    /**
     * Ends every order of the user still in progress, as the admin (audited like an admin move).
     *
     * @return the ids of the orders ended
     * @throws Forbidden when the caller is not an ADMIN
     */
    public List<UUID> endAll(Caller admin, UUID userId, RequestOrigin origin) {
        if (!admin.is(Role.ADMIN)) {
            throw new Forbidden("Only an admin may end another user's orders.");
        }
        List<UUID> ids = open.openOrdersOf(userId);
        ids.forEach(id -> lifecycle.endForAccountDeletion(admin, id, origin));
        return ids;
    }
}
