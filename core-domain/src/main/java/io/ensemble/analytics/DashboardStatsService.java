package io.ensemble.analytics;

import io.ensemble.connections.ConnectionStatistics;
import io.ensemble.identity.AccountStatistics;
import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.marketplace.OrderStatistics;
import io.ensemble.marketplace.OrderStatus;
import io.ensemble.messaging.MessageStatistics;
import io.ensemble.payments.PaymentStatistics;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.stats.DateRange;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Objects;

/**
 * The admin dashboard's statistics (seeds/001 §Admin {@code GET /dashboard/stats}; issue 20 §3): the
 * seed's totals and, over a range of UTC days, signups by role, daily active users (from last seen),
 * messages sent, orders by status, gross order value and platform fees per currency, payouts pending
 * and paid. Each context answers through its own read port, computed in SQL.
 */
public final class DashboardStatsService {
    private final AccountStatistics accounts;
    private final ConnectionStatistics connections;
    private final MessageStatistics messages;
    private final OrderStatistics orders;
    private final PaymentStatistics payments;
    private final Clock clock;

    /** Wires each context's read port. */
    public DashboardStatsService(AccountStatistics accounts, ConnectionStatistics connections,
                                 MessageStatistics messages, OrderStatistics orders, PaymentStatistics payments,
                                 Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.connections = Objects.requireNonNull(connections, "connections");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The dashboard over the days {@code from}..{@code to} as the query string spelt them (see {@link StatsPeriod}).
     *
     * @throws Forbidden when the caller is not an ADMIN (checked before the dates are read)
     * @throws io.ensemble.shared.errors.ValidationFailed naming {@code from} or {@code to}
     */
    public DashboardStats stats(Caller caller, String from, String to) {
        if (!caller.is(Role.ADMIN)) {
            throw new Forbidden("Only admins can read the dashboard.");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        DateRange range = StatsPeriod.parse(from, to, today);
        var rows = new StatsAssembler.Rows(accounts.signupsByRole(range, now), accounts.lastSeenPerDay(range),
                messages.messagesPerDay(range, now), orders.ordersByStatus(range), payments.grossOrderValue(range),
                payments.platformFees(range), payments.payouts(range));
        var assembler = new StatsAssembler(range, Arrays.stream(Role.values()).map(Role::name).toList(),
                Arrays.stream(OrderStatus.values()).map(OrderStatus::name).toList());
        return new DashboardStats(range, accounts.totalUsers(), connections.acceptedConnections(),
                accounts.seenSince(today.atStartOfDay(ZoneOffset.UTC).toInstant()), assembler.totals(rows),
                assembler.daily(rows));
    }
}
