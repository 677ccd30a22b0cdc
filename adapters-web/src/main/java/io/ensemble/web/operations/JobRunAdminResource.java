package io.ensemble.web.operations;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.operations.JobRunQueries;
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
import java.util.Optional;

/**
 * {@code GET /api/v1/admin/job-runs} (issue 29 §2): background-job runs, newest first, as on the admin
 * port's {@code GET /tasks/runs}; filter {@code ?job=media-cleanup}, paging {@code ?limit=&cursor=}.
 * 401 without a token, 403 for a caller who is not an ADMIN; 400 {@code VALIDATION_FAILED} naming
 * {@code job}, {@code limit} or {@code cursor}.
 */
@Path("/api/v1/admin/job-runs")
@Produces(MediaType.APPLICATION_JSON)
public final class JobRunAdminResource {
    private final JobRunQueries queries;

    /** @param queries the job-run use case */
    public JobRunAdminResource(JobRunQueries queries) {
        this.queries = Objects.requireNonNull(queries, "queries");
    }

    /** One page of runs. */
    @GET
    @Timed
    @ErrorCodes({})
    public ApiResponse<PageView<JobRunView>> runs(@Auth Caller caller, @QueryParam("job") String job,
                                                  @QueryParam("limit") String limit,
                                                  @QueryParam("cursor") String cursor) {
        return ApiResponse.ok("Job runs", PageView.of(queries.runs(caller, Optional.ofNullable(job),
                PageRequest.of(limit, cursor)), JobRunView::of));
    }
}
