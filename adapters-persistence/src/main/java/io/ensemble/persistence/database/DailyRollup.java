package io.ensemble.persistence.database;

import io.ensemble.shared.stats.DailyCount;
import io.ensemble.shared.stats.DateRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Per-day counts of append-only rows for the dashboard's read ports (issue 20 §3: p99 &lt; 200 ms over
 * 366 days with 100,000 users and 1,000,000 messages). Counting a year of a busy table per request is
 * too slow, so a day that ended more than {@link #SETTLE} ago is counted once into
 * {@code stats_daily_counts} (migration {@code shared/004}) under the metric's name and read from there;
 * open days are counted live. Only for rows whose day never changes once written (a message's or an
 * account's creation time); a row removed later still counts on its day.
 */
public final class DailyRollup {
    /** How long after midnight UTC a day's count is taken as final. */
    public static final Duration SETTLE = Duration.ofMinutes(10);
    /** Written in a per-day query where the day's first instant goes. */
    public static final String DAY_START = "DAY_START";
    /** Written in a per-day query where the instant after the day goes. */
    public static final String DAY_END = "DAY_END";

    private static final String FILL = """
            INSERT INTO stats_daily_counts (metric, day, key, n, computed_at)
            SELECT :metric, d.day, k.key, k.n, :now
              FROM (SELECT g::date AS day
                      FROM generate_series(CAST(:first AS date), CAST(:last AS date), interval '1 day') AS g) AS d
             CROSS JOIN LATERAL (%s UNION ALL SELECT ''::text, 0::bigint) AS k (key, n)
             WHERE NOT EXISTS (SELECT 1 FROM stats_daily_counts c WHERE c.metric = :metric AND c.day = d.day)
            ON CONFLICT DO NOTHING
            """;
    private static final String CLOSED = "SELECT day, key, n FROM stats_daily_counts WHERE metric = :metric "
            + "AND day BETWEEN CAST(:first AS date) AND CAST(:last AS date) AND n > 0";

    private final JdbiHandles handles;
    private final String metric;
    private final String fill;
    private final String live;

    /**
     * @param metric the name the counts are kept under, e.g. {@code messages}
     * @param perDay constant SQL selecting {@code (key text, n bigint)} of one day, its bounds written
     *     {@link #DAY_START} and {@link #DAY_END}
     * @param live constant SQL of the same counts over {@code :start}/{@code :end} selecting
     *     {@code day, key, n} (see {@link DailyRows})
     */
    public DailyRollup(JdbiHandles handles, String metric, String perDay, String live) {
        this.handles = Objects.requireNonNull(handles, "handles");
        this.metric = Objects.requireNonNull(metric, "metric");
        this.fill = FILL.formatted(perDay.replace(DAY_START, "(d.day AT TIME ZONE 'UTC')")
                .replace(DAY_END, "((d.day + 1) AT TIME ZONE 'UTC')"));
        this.live = Objects.requireNonNull(live, "live");
    }

    /** @return the counts of every day of {@code range} with any, closed days from the roll-up (filled first) */
    public List<DailyCount> counts(DateRange range, Instant now) {
        LocalDate lastClosed = LocalDate.ofInstant(now.minus(SETTLE), ZoneOffset.UTC).minusDays(1);
        List<DailyCount> out = new ArrayList<>();
        if (!range.from().isAfter(lastClosed)) {
            LocalDate last = range.to().isBefore(lastClosed) ? range.to() : lastClosed;
            handles.use(h -> h.createUpdate(fill).bind("metric", metric).bind("first", range.from())
                    .bind("last", last).bind("now", SqlTime.at(now)).execute());
            out.addAll(handles.with(h -> h.createQuery(CLOSED).bind("metric", metric).bind("first", range.from())
                    .bind("last", last).map((rs, ctx) -> new DailyCount(rs.getObject("day", LocalDate.class),
                            rs.getString("key"), rs.getLong("n"))).list()));
        }
        if (range.to().isAfter(lastClosed)) {
            LocalDate first = range.from().isAfter(lastClosed) ? range.from() : lastClosed.plusDays(1);
            out.addAll(DailyRows.counts(handles, live, new DateRange(first, range.to())));
        }
        return out;
    }
}
