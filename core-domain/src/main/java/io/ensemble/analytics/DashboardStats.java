package io.ensemble.analytics;

import io.ensemble.shared.stats.DateRange;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The admin dashboard (seeds/001 §Admin {@code getDashboardStats}; issue 20 §3): the seed's three
 * totals, totals over the range and one entry per day of the range (every day present, oldest first).
 *
 * @param totalUsers every account (seeds/001 {@code totalUsers})
 * @param totalConnections accepted connections (seeds/001 {@code totalConnections})
 * @param activeToday accounts last seen since 00:00 UTC today (seeds/001 {@code activeToday})
 */
public record DashboardStats(DateRange range, long totalUsers, long totalConnections, long activeToday,
                             Figures totals, List<Day> daily) {
    public DashboardStats {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(totals, "totals");
        daily = List.copyOf(daily);
    }

    /** Sums of money in one currency: {@code amount} in minor units over {@code count} rows. */
    public record Amount(String currency, long amount, long count) {
    }

    /**
     * The figures of a day or of the whole range.
     *
     * @param signupsByRole accounts created, per role (totals list every role, days only those with signups)
     * @param activeUsers accounts whose last-seen time falls in the period
     * @param ordersByStatus orders placed, per current status (totals list every status)
     * @param grossOrderValue captured order payments per currency
     * @param platformFees fees kept on payouts per currency
     * @param payoutsPending payouts created in the period and still pending, net, per currency
     * @param payoutsPaid payouts created in the period and paid, net, per currency
     */
    public record Figures(Map<String, Long> signupsByRole, long signups, long activeUsers, long messagesSent,
                          Map<String, Long> ordersByStatus, long orders, List<Amount> grossOrderValue,
                          List<Amount> platformFees, List<Amount> payoutsPending, List<Amount> payoutsPaid) {
        public Figures {
            signupsByRole = Collections.unmodifiableMap(new LinkedHashMap<>(signupsByRole));
            ordersByStatus = Collections.unmodifiableMap(new LinkedHashMap<>(ordersByStatus));
            grossOrderValue = List.copyOf(grossOrderValue);
            platformFees = List.copyOf(platformFees);
            payoutsPending = List.copyOf(payoutsPending);
            payoutsPaid = List.copyOf(payoutsPaid);
        }
    }

    /** One UTC day of the series. */
    public record Day(LocalDate date, Figures figures) {
        public Day {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(figures, "figures");
        }
    }
}
