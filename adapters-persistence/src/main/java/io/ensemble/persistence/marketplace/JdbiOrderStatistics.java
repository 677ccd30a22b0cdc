package io.ensemble.persistence.marketplace;

import io.ensemble.marketplace.OrderStatistics;
import io.ensemble.persistence.database.DailyRows;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.shared.stats.DailyCount;
import io.ensemble.shared.stats.DateRange;
import java.util.List;

/** {@link OrderStatistics} on {@code orders}, over its {@code created_at} index (migration {@code marketplace/003}). */
public final class JdbiOrderStatistics extends JdbiRepository implements OrderStatistics {
    private static final String BY_STATUS = "SELECT " + DailyRows.utcDay("created_at") + " AS day, status AS key, "
            + "count(*) AS n FROM orders WHERE created_at >= :start AND created_at < :end GROUP BY 1, 2";


    /** @param handles the handle provider */
    public JdbiOrderStatistics(JdbiHandles handles) {
        super(handles);
    }

    @Override
    public List<DailyCount> ordersByStatus(DateRange range) {
        return DailyRows.counts(handles, BY_STATUS, range);
    }
}
