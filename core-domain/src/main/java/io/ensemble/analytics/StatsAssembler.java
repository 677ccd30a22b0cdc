package io.ensemble.analytics;

import io.ensemble.analytics.DashboardStats.Amount;
import io.ensemble.analytics.DashboardStats.Figures;
import io.ensemble.shared.stats.DailyAmount;
import io.ensemble.shared.stats.DailyCount;
import io.ensemble.shared.stats.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Folds the read ports' per-day rows into {@link Figures} for each day of a range and for the whole
 * range. Rows outside the range are ignored; every day of the range gets an entry.
 */
final class StatsAssembler {
    private final DateRange range;
    private final List<String> roles;
    private final List<String> statuses;

    /**
     * @param roles every role, listed (zeros included) in the totals
     * @param statuses every order status, listed (zeros included) in the totals
     */
    StatsAssembler(DateRange range, List<String> roles, List<String> statuses) {
        this.range = range;
        this.roles = roles;
        this.statuses = statuses;
    }

    /** The rows of every port, as they came. */
    record Rows(List<DailyCount> signups, List<DailyCount> active, List<DailyCount> messages,
                List<DailyCount> orders, List<DailyAmount> gross, List<DailyAmount> fees, List<DailyAmount> payouts) {
        /** @return rows with empty, growable lists (one day's share while splitting) */
        static Rows empty() {
            return new Rows(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    /** @return the figures of the whole range */
    Figures totals(Rows rows) {
        Predicate<LocalDate> all = d -> !d.isBefore(range.from()) && !d.isAfter(range.to());
        return figures(rows, all, zeros(roles), zeros(statuses));
    }

    /** @return one entry per day of the range, oldest first (the rows are split by day once) */
    List<DashboardStats.Day> daily(Rows rows) {
        Map<LocalDate, Rows> byDay = new HashMap<>();
        split(rows.signups(), DailyCount::day, byDay, Rows::signups);
        split(rows.active(), DailyCount::day, byDay, Rows::active);
        split(rows.messages(), DailyCount::day, byDay, Rows::messages);
        split(rows.orders(), DailyCount::day, byDay, Rows::orders);
        split(rows.gross(), DailyAmount::day, byDay, Rows::gross);
        split(rows.fees(), DailyAmount::day, byDay, Rows::fees);
        split(rows.payouts(), DailyAmount::day, byDay, Rows::payouts);
        List<DashboardStats.Day> days = new ArrayList<>();
        for (LocalDate d = range.from(); !d.isAfter(range.to()); d = d.plusDays(1)) {
            Rows of = byDay.getOrDefault(d, Rows.empty());
            days.add(new DashboardStats.Day(d, figures(of, x -> true, new LinkedHashMap<>(), new LinkedHashMap<>())));
        }
        return days;
    }

    private static <T> void split(List<T> rows, Function<T, LocalDate> dayOf, Map<LocalDate, Rows> byDay,
                                  Function<Rows, List<T>> list) {
        for (T row : rows) {
            list.apply(byDay.computeIfAbsent(dayOf.apply(row), d -> Rows.empty())).add(row);
        }
    }

    private static Figures figures(Rows rows, Predicate<LocalDate> in, Map<String, Long> byRole,
                                   Map<String, Long> byStatus) {
        rows.signups().stream().filter(c -> in.test(c.day())).forEach(c -> byRole.merge(c.key(), c.count(), Long::sum));
        rows.orders().stream().filter(c -> in.test(c.day())).forEach(c -> byStatus.merge(c.key(), c.count(), Long::sum));
        return new Figures(byRole, sum(byRole.values()), count(rows.active(), in), count(rows.messages(), in),
                byStatus, sum(byStatus.values()), amounts(rows.gross(), in, null), amounts(rows.fees(), in, null),
                amounts(rows.payouts(), in, "PENDING"), amounts(rows.payouts(), in, "PAID"));
    }

    private static Map<String, Long> zeros(List<String> keys) {
        Map<String, Long> map = new LinkedHashMap<>();
        keys.forEach(k -> map.put(k, 0L));
        return map;
    }

    private static long sum(Collection<Long> values) {
        return values.stream().mapToLong(Long::longValue).sum();
    }

    private static long count(List<DailyCount> rows, Predicate<LocalDate> in) {
        return rows.stream().filter(c -> in.test(c.day())).mapToLong(DailyCount::count).sum();
    }

    /** @return per currency (alphabetical) the sums of the rows in the period, of {@code key} when given */
    private static List<Amount> amounts(List<DailyAmount> rows, Predicate<LocalDate> in, String key) {
        Map<String, long[]> byCurrency = new TreeMap<>();
        rows.stream().filter(a -> in.test(a.day()) && (key == null || key.equals(a.key()))).forEach(a -> {
            long[] sums = byCurrency.computeIfAbsent(a.currency(), c -> new long[2]);
            sums[0] += a.amount();
            sums[1] += a.count();
        });
        List<Amount> out = new ArrayList<>();
        byCurrency.forEach((currency, sums) -> out.add(new Amount(currency, sums[0], sums[1])));
        return out;
    }
}
