package io.ensemble.persistence.marketplace;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.privacy.ErasablePersonalTables;
import io.ensemble.persistence.privacy.PersonalRows;
import io.ensemble.persistence.privacy.PersonalRows.Table;
import io.ensemble.privacy.ErasureSubject;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The marketplace context's personal data (issue 20 §4). Export: packages, orders as either party,
 * transitions the user made, reviews, idempotency keys. Erasure: orders kept for accounting with the user
 * pseudonymised through the account row; the user's packages deactivated, review comments and transition
 * notes they wrote blanked, idempotency keys deleted.
 */
public final class MarketplacePersonalData extends ErasablePersonalTables {
    private static final List<Table> TABLES = List.of(Table.of("packages", "creator_id"), Table.of("orders", "brand_id", "creator_id"),
            Table.of("order_transitions", "actor_id"), Table.of("reviews", "brand_id", "creator_id"),
            Table.of("idempotency_keys", "user_id"));

    /** @param handles the handle provider */
    public MarketplacePersonalData(JdbiHandles handles) {
        super("marketplace", TABLES, handles);
    }

    @Override
    protected void erase(Handle h, ErasureSubject subject) {
        h.createUpdate("UPDATE packages SET active = false, updated_at = now() WHERE creator_id = :u AND active")
                .bind("u", subject.userId()).execute();
        h.createUpdate("UPDATE reviews SET comment = '' WHERE brand_id = :u AND comment <> ''").bind("u", subject.userId()).execute();
        h.createUpdate("UPDATE order_transitions SET note = NULL WHERE actor_id = :u AND note IS NOT NULL")
                .bind("u", subject.userId()).execute();
        h.createUpdate("DELETE FROM idempotency_keys WHERE user_id = :u").bind("u", subject.userId()).execute();
    }
}
