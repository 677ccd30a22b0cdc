package io.ensemble.persistence.database;

import io.ensemble.shared.stats.DailyAmount;
import io.ensemble.shared.stats.DailyCount;
import io.ensemble.shared.stats.DateRange;
import java.time.LocalDate;
import java.util.List;

/**
 * Runs the per-day statistics queries of the dashboard read ports (issue 20 §3). A query binds
 * {@code :start} and {@code :end} (the range's first instant and the instant after it) and selects
 * {@code day} (a {@code date}, the UTC day), {@code key} and {@code n} — plus {@code currency} and
 * {@code amount} for sums of money.
 */
public final class DailyRows {
    private DailyRows() {
    }

    /** The SQL expression of the UTC day of a {@code timestamptz} column. */
    public static String utcDay(String column) {
        return "(" + column + " AT TIME ZONE 'UTC')::date";
    }

    /** @return the counts {@code sql} selects over {@code range} */
    public static List<DailyCount> counts(JdbiHandles handles, String sql, DateRange range) {
        return handles.with(h -> h.createQuery(sql)
                .bind("start", SqlTime.at(range.start()))
                .bind("end", SqlTime.at(range.end()))
                .map((rs, ctx) -> new DailyCount(rs.getObject("day", LocalDate.class), rs.getString("key"),
                        rs.getLong("n")))
                .list());
    }

    /** @return the sums of money {@code sql} selects over {@code range} */
    public static List<DailyAmount> amounts(JdbiHandles handles, String sql, DateRange range) {
        return handles.with(h -> h.createQuery(sql)
                .bind("start", SqlTime.at(range.start()))
                .bind("end", SqlTime.at(range.end()))
                .map((rs, ctx) -> new DailyAmount(rs.getObject("day", LocalDate.class), rs.getString("key"),
                        rs.getString("currency"), rs.getLong("amount"), rs.getLong("n")))
                .list());
    }
}
