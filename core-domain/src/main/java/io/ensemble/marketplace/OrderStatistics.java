package io.ensemble.marketplace;

import io.ensemble.shared.stats.DailyCount;
import io.ensemble.shared.stats.DateRange;
import java.util.List;

/** Marketplace's read port for the admin dashboard (issue 20 §3), computed in SQL. */
public interface OrderStatistics {
    /** @return orders placed per UTC day in {@code range}, key = their current status (e.g. {@code PAID}); zero days omitted */
    List<DailyCount> ordersByStatus(DateRange range);
}
