package io.ensemble.persistence.marketplace;

import io.ensemble.marketplace.CreatorStats;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlTime;
import java.time.Instant;
import java.util.UUID;

/**
 * {@link CreatorStats} on {@code profiles}: {@code rating} = mean review rating rounded to 2
 * decimals (0 without reviews), {@code total_collaborations} = COMPLETED orders. Creates a bare
 * profile row (role from the user) when the creator never onboarded, like the avatar upload does.
 */
public final class JdbiCreatorStats extends JdbiRepository implements CreatorStats {
    private static final String REFRESH = """
            INSERT INTO profiles (user_id, role, display_name, rating, total_collaborations, created_at, updated_at)
            SELECT u.id, u.role, COALESCE(u.name, ''),
                   COALESCE((SELECT round(avg(r.rating), 2) FROM reviews r WHERE r.creator_id = u.id), 0),
                   (SELECT count(*) FROM orders o WHERE o.creator_id = u.id AND o.status = 'COMPLETED'),
                   :at, :at
              FROM users u WHERE u.id = :creatorId
            ON CONFLICT (user_id) DO UPDATE SET rating = EXCLUDED.rating,
                   total_collaborations = EXCLUDED.total_collaborations, updated_at = EXCLUDED.updated_at
            """;

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiCreatorStats(JdbiHandles handles) {
        super(handles);
    }

    @Override
    public void refresh(UUID creatorId, Instant at) {
        handles.use(h -> h.createUpdate(REFRESH).bind("creatorId", creatorId).bind("at", SqlTime.at(at)).execute());
    }
}
