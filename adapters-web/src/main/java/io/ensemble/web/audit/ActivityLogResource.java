package io.ensemble.web.audit;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.audit.AuditFilter;
import io.ensemble.audit.AuditService;
import io.ensemble.identity.Caller;
import io.ensemble.shared.paging.PageRequest;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PageView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;

/**
 * {@code GET /api/v1/admin/activity-logs} (seeds/001 §Admin "Get activity logs"; issue 20 §2): the
 * audit trail, newest first, as {@link ActivityLogView}s in a cursor page. Filters (combined with
 * AND): {@code ?actorId=}, {@code ?targetType=&targetId=}, {@code ?action=} (e.g.
 * {@code login_failed}), {@code ?from=&to=} (ISO-8601, {@code from <= createdAt < to}); paging
 * {@code ?limit=&cursor=}. 403 for a caller who is not an ADMIN; 400 {@code VALIDATION_FAILED}
 * naming the bad parameter. There is no route that edits or deletes an entry.
 */
@Path("/api/v1/admin/activity-logs")
@Produces(MediaType.APPLICATION_JSON)
public final class ActivityLogResource {
    private final AuditService audit;

    /** @param audit the audit trail's use cases */
    public ActivityLogResource(AuditService audit) {
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /** One page of the activity log matching the filters. */
    @GET
    @Timed
    @ErrorCodes({})
    public ApiResponse<PageView<ActivityLogView>> list(@Auth Caller caller, @QueryParam("actorId") String actorId,
                                                       @QueryParam("targetType") String targetType,
                                                       @QueryParam("targetId") String targetId,
                                                       @QueryParam("action") String action,
                                                       @QueryParam("from") String from,
                                                       @QueryParam("to") String to,
                                                       @QueryParam("limit") String limit,
                                                       @QueryParam("cursor") String cursor) {
        AuditFilter.Text filter = new AuditFilter.Text(actorId, targetType, targetId, action, from, to);
        return ApiResponse.ok("Activity logs", PageView.of(audit.activityLog(caller, filter,
                PageRequest.of(limit, cursor)), ActivityLogView::of));
    }
}
