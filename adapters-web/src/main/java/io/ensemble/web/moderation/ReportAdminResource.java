package io.ensemble.web.moderation;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.moderation.ReportService;
import io.ensemble.web.audit.RequestOrigins;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PageQuery;
import io.ensemble.web.http.PageView;
import io.ensemble.web.http.PathIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;

/**
 * The admins' report queue (issue 20 §3) under {@code /api/v1/admin/reports}: list ({@code ?status=open|resolved},
 * {@code ?targetType=user|message|profile|package}, {@code ?limit=&cursor=}, newest first), one report, and
 * {@code POST /{id}/resolve {action: dismiss|remove_content|suspend_user, note?}}. 403 for a caller who is
 * not an ADMIN; 400 naming the bad field; 404 for an unknown report; 409 {@code REPORT_RESOLVED} when it
 * was already resolved.
 */
@Path("/api/v1/admin/reports")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class ReportAdminResource {
    private final ReportService reports;

    /** @param reports the report use cases */
    public ReportAdminResource(ReportService reports) {
        this.reports = Objects.requireNonNull(reports, "reports");
    }

    /** One page of the queue. */
    @GET
    @Timed
    @ErrorCodes({})
    public ApiResponse<PageView<ReportView>> queue(@Auth Caller caller, @QueryParam("status") String status,
                                                   @QueryParam("targetType") String targetType,
                                                   @BeanParam PageQuery page) {
        return ApiResponse.ok("Reports", PageView.of(reports.queue(caller, status, targetType, page.request()),
                ReportView::of));
    }

    /** One report. */
    @GET
    @Path("/{reportId}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<ReportView> one(@Auth Caller caller, @PathParam("reportId") String reportId) {
        return ApiResponse.ok("Report", ReportView.of(reports.report(caller, PathIds.uuid(reportId))));
    }

    /** Resolves an open report; 200 with the resolved report. */
    @POST
    @Path("/{reportId}/resolve")
    @Timed
    @ErrorCodes({"ALREADY_SUSPENDED", "CANNOT_SUSPEND_SELF", "REPORT_RESOLVED"})
    public ApiResponse<ReportView> resolve(@Auth Caller caller, @Context HttpServletRequest http,
                                           @PathParam("reportId") String reportId, ReportBodies.Resolve body) {
        ReportBodies.Resolve b = Objects.requireNonNullElse(body, ReportBodies.Resolve.EMPTY);
        return ApiResponse.ok("Report resolved", ReportView.of(reports.resolve(caller, PathIds.uuid(reportId),
                b.command(), RequestOrigins.of(http))));
    }
}
