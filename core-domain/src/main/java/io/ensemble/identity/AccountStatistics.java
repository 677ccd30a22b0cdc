package io.ensemble.identity;

import io.ensemble.shared.stats.DailyCount;
import io.ensemble.shared.stats.DateRange;
import java.time.Instant;
import java.util.List;

/** Identity's read port for the admin dashboard (issue 20 §3), computed in SQL. */
public interface AccountStatistics {
    /** @return how many accounts exist (any role and status) */
    long totalUsers();

    /** @return how many accounts were last seen at or after {@code since} (presence, issue 4 §3) */
    long seenSince(Instant since);

    /**
     * @param now the current time: days that ended well before it may be answered from a daily roll-up
     * @return accounts created per UTC day in {@code range}, key = role (e.g. {@code CREATOR}); zero days omitted
     */
    List<DailyCount> signupsByRole(DateRange range, Instant now);

    /**
     * @return accounts whose last-seen time falls in each UTC day of {@code range}, key {@code active};
     *     zero days omitted. An account counts once, on the day it was last seen.
     */
    List<DailyCount> lastSeenPerDay(DateRange range);
}
