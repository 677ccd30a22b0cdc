package io.ensemble.app.wiring;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.ensemble.analytics.DashboardStatsService;
import io.ensemble.web.analytics.DashboardStatsResource;
import java.time.Clock;

/**
 * Wires the admin dashboard (issue 20 §3): {@link DashboardStatsService} over each context's statistics
 * read port and the route {@code GET /api/v1/admin/dashboard/stats}.
 */
public final class AnalyticsWiring {
    private AnalyticsWiring() {
    }

    /** Builds the dashboard over {@code db} and registers its route on {@code jersey}. */
    public static void register(JerseyEnvironment jersey, Persistence db, Clock clock) {
        jersey.register(new DashboardStatsResource(new DashboardStatsService(db.accountStatistics,
                db.connectionStatistics, db.messageStatistics, db.orderStatistics, db.paymentStatistics, clock)));
    }
}
