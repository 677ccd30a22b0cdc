package io.ensemble.persistence.messaging;

import io.ensemble.messaging.MessageStatistics;
import io.ensemble.persistence.database.DailyRows;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.shared.stats.DailyCount;
import io.ensemble.shared.stats.DateRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link MessageStatistics} on {@code messages} (migration {@code messaging/003}). Counting a year of a
 * busy table per request is too slow for the dashboard (issue 20 §3: p99 &lt; 200 ms with 1,000,000
 * messages), so days that ended more than {@link #SETTLE} ago are counted once into
 * {@code message_daily_counts} (a message is stored with the time of its send, so a closed day's count
 * no longer changes) and read from there; the open days are counted live over the
 * {@code created_at} index.
 */
public final class JdbiMessageStatistics extends JdbiRepository implements MessageStatistics {
    /** How long after midnight UTC a day's count is taken as final. */
    public static final Duration SETTLE = Duration.ofMinutes(10);

    private static final String FILL = """
            INSERT INTO message_daily_counts (day, messages, computed_at)
            SELECT d::date, (SELECT count(*) FROM messages m
                              WHERE m.created_at >= (d::date AT TIME ZONE 'UTC')
                                AND m.created_at < ((d::date + 1) AT TIME ZONE 'UTC')), :now
              FROM generate_series(CAST(:first AS date), CAST(:last AS date), interval '1 day') AS d
             WHERE NOT EXISTS (SELECT 1 FROM message_daily_counts c WHERE c.day = d::date)
            ON CONFLICT (day) DO NOTHING
            """;
    private static final String CLOSED = "SELECT day, 'messages' AS key, messages AS n FROM message_daily_counts "
            + "WHERE day BETWEEN CAST(:first AS date) AND CAST(:last AS date) AND messages > 0";
    private static final String OPEN = "SELECT " + DailyRows.utcDay("created_at") + " AS day, 'messages' AS key, "
            + "count(*) AS n FROM messages WHERE created_at >= :start AND created_at < :end GROUP BY 1";


    /** @param handles the handle provider */
    public JdbiMessageStatistics(JdbiHandles handles) {
        super(handles);
    }

    @Override
    public List<DailyCount> messagesPerDay(DateRange range, Instant now) {
        LocalDate lastClosed = LocalDate.ofInstant(now.minus(SETTLE), ZoneOffset.UTC).minusDays(1);
        List<DailyCount> out = new ArrayList<>();
        if (!range.from().isAfter(lastClosed)) {
            LocalDate last = range.to().isBefore(lastClosed) ? range.to() : lastClosed;
            handles.use(h -> h.createUpdate(FILL).bind("first", range.from()).bind("last", last)
                    .bind("now", SqlTime.at(now)).execute());
            out.addAll(handles.with(h -> h.createQuery(CLOSED).bind("first", range.from()).bind("last", last)
                    .map((rs, ctx) -> new DailyCount(rs.getObject("day", LocalDate.class), rs.getString("key"),
                            rs.getLong("n"))).list()));
        }
        if (range.to().isAfter(lastClosed)) {
            LocalDate first = range.from().isAfter(lastClosed) ? range.from() : lastClosed.plusDays(1);
            out.addAll(DailyRows.counts(handles, OPEN, new DateRange(first, range.to())));
        }
        return out;
    }
}
