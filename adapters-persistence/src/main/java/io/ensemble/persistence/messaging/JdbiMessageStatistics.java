package io.ensemble.persistence.messaging;

import io.ensemble.messaging.MessageStatistics;
import io.ensemble.persistence.database.DailyRollup;
import io.ensemble.persistence.database.DailyRows;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.shared.stats.DailyCount;
import io.ensemble.shared.stats.DateRange;
import java.time.Instant;
import java.util.List;

/**
 * {@link MessageStatistics} on {@code messages} over its {@code created_at} index (migration
 * {@code messaging/003}); closed days through the {@link DailyRollup} (a message keeps the time of its
 * send, tombstoned or not).
 */
public final class JdbiMessageStatistics implements MessageStatistics {
    private static final String PER_DAY = "SELECT 'messages'::text, count(*) FROM messages WHERE created_at >= "
            + DailyRollup.DAY_START + " AND created_at < " + DailyRollup.DAY_END;
    private static final String LIVE = "SELECT " + DailyRows.utcDay("created_at") + " AS day, 'messages' AS key, "
            + "count(*) AS n FROM messages WHERE created_at >= :start AND created_at < :end GROUP BY 1";

    private final DailyRollup rollup;

    /** @param handles the handle provider */
    public JdbiMessageStatistics(JdbiHandles handles) {
        this.rollup = new DailyRollup(handles, "messages", PER_DAY, LIVE);
    }

    @Override
    public List<DailyCount> messagesPerDay(DateRange range, Instant now) {
        return rollup.counts(range, now);
    }
}
