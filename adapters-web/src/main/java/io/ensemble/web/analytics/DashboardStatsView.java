package io.ensemble.web.analytics;

import io.ensemble.analytics.DashboardStats;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/admin/dashboard/stats} (seeds/001 §Admin; issue 20 §3): {@code {from, to, days,
 * totalUsers, totalConnections, activeToday, totals: Figures, daily: [{date, figures: Figures}]}} with
 * dates as {@code 2026-11-23} (UTC days, both ends included) and money in minor units per currency.
 */
public record DashboardStatsView(String from, String to, long days, long totalUsers, long totalConnections,
                                 long activeToday, Figures totals, List<Day> daily) {

    /** Money of one currency: {@code {currency, amount, count}} ({@code amount} in minor units over {@code count} rows). */
    public record Amount(String currency, long amount, long count) {
        static List<Amount> of(List<DashboardStats.Amount> amounts) {
            return amounts.stream().map(a -> new Amount(a.currency(), a.amount(), a.count())).toList();
        }
    }

    /**
     * The figures of a day or of the range: signups per role ({@code totals} list every role, a day only
     * roles with signups) and in all, accounts last seen, messages sent, orders per current status
     * ({@code totals} list every status) and in all, captured order value, platform fees, and payouts
     * still pending and paid (net), per currency.
     */
    public record Figures(Map<String, Long> signupsByRole, long signups, long activeUsers, long messagesSent,
                          Map<String, Long> ordersByStatus, long orders, List<Amount> grossOrderValue,
                          List<Amount> platformFees, List<Amount> payoutsPending, List<Amount> payoutsPaid) {
        static Figures of(DashboardStats.Figures f) {
            return new Figures(f.signupsByRole(), f.signups(), f.activeUsers(), f.messagesSent(), f.ordersByStatus(),
                    f.orders(), Amount.of(f.grossOrderValue()), Amount.of(f.platformFees()),
                    Amount.of(f.payoutsPending()), Amount.of(f.payoutsPaid()));
        }
    }

    /** One UTC day of the series: {@code {date, figures}}. */
    public record Day(String date, Figures figures) {
    }

    /** @return the view of {@code s} */
    public static DashboardStatsView of(DashboardStats s) {
        return new DashboardStatsView(s.range().from().toString(), s.range().to().toString(), s.range().days(),
                s.totalUsers(), s.totalConnections(), s.activeToday(), Figures.of(s.totals()),
                s.daily().stream().map(d -> new Day(d.date().toString(), Figures.of(d.figures()))).toList());
    }
}
