package io.ensemble.web.moderation;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.moderation.ReportService;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Objects;

/**
 * {@code POST /api/v1/reports} (issue 20 §3): any signed-in user reports a user, message, profile or
 * package, {@code {targetType, targetId, reason, note?}}: 201 with the open report; 400 naming the bad
 * field; 404 for a target unknown or not visible to the caller (a message of a conversation they are
 * not in); 409 {@code ALREADY_REPORTED} for a second report of the same target.
 */
@Path("/api/v1/reports")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class ReportResource {
    private final ReportService reports;

    /** @param reports the report use cases */
    public ReportResource(ReportService reports) {
        this.reports = Objects.requireNonNull(reports, "reports");
    }

    /** Files a report; 201 with {@link ReportView}. */
    @POST
    @Timed
    @Answers(value = ReportView.class, status = 201)
    @ErrorCodes({"ALREADY_REPORTED"})
    public Response create(@Auth Caller caller, ReportBodies.Create body) {
        ReportBodies.Create b = Objects.requireNonNullElse(body, ReportBodies.Create.EMPTY);
        return ApiResponse.created("Report filed", ReportView.of(reports.report(caller, b.command())));
    }
}
