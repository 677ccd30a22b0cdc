package io.ensemble.web.analytics;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.analytics.DashboardStatsService;
import io.ensemble.identity.Caller;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;

/**
 * {@code GET /api/v1/admin/dashboard/stats?from=&to=} (seeds/001 §Admin "Dashboard statistics"; issue 20
 * §3): the seed's totals and a daily series over UTC days {@code from}..{@code to} (ISO dates, default the
 * last 30 days, at most 366). 403 for a caller who is not an ADMIN; 400 {@code VALIDATION_FAILED} naming
 * {@code from} or {@code to}.
 */
@Path("/api/v1/admin/dashboard/stats")
@Produces(MediaType.APPLICATION_JSON)
public final class DashboardStatsResource {
    private final DashboardStatsService stats;

    /** @param stats the dashboard use case */
    public DashboardStatsResource(DashboardStatsService stats) {
        this.stats = Objects.requireNonNull(stats, "stats");
    }

    /** The dashboard over the range. */
    @GET
    @Timed
    @ErrorCodes({})
    public ApiResponse<DashboardStatsView> stats(@Auth Caller caller, @QueryParam("from") String from,
                                                 @QueryParam("to") String to) {
        return ApiResponse.ok("Dashboard statistics", DashboardStatsView.of(stats.stats(caller, from, to)));
    }
}
