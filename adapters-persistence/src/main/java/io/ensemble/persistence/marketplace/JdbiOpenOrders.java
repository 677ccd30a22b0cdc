package io.ensemble.persistence.marketplace;

import io.ensemble.marketplace.OpenOrders;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import java.util.List;
import java.util.UUID;

/** {@link OpenOrders} on {@code orders}: the user's orders, as either party, not in a final state. */
public final class JdbiOpenOrders extends JdbiRepository implements OpenOrders {
    private static final String OPEN = "SELECT id FROM orders WHERE (brand_id = :u OR creator_id = :u) "
            + "AND status NOT IN ('COMPLETED', 'DECLINED', 'CANCELLED', 'REFUNDED') ORDER BY created_at, id";

    /** @param handles the handle provider */
    public JdbiOpenOrders(JdbiHandles handles) {
        super(handles);
    }

    @Override
    public List<UUID> openOrdersOf(UUID userId) {
        return handles.with(h -> h.createQuery(OPEN).bind("u", userId).mapTo(UUID.class).list());
    }
}
