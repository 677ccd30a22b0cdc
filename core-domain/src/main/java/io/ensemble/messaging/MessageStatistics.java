package io.ensemble.messaging;

import io.ensemble.shared.stats.DailyCount;
import io.ensemble.shared.stats.DateRange;
import java.time.Instant;
import java.util.List;

/** Messaging's read port for the admin dashboard (issue 20 §3), computed in SQL. */
public interface MessageStatistics {
    /**
     * @param now the current time: days that ended well before it may be answered from a daily roll-up
     * @return messages stored per UTC day in {@code range} (tombstones included: they were sent), key
     *     {@code messages}; zero days may be omitted
     */
    List<DailyCount> messagesPerDay(DateRange range, Instant now);
}
