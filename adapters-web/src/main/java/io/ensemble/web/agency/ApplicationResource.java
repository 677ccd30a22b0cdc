package io.ensemble.web.agency;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.agency.ApplicationService;
import io.ensemble.identity.Caller;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ClientAddress;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PageQuery;
import io.ensemble.web.http.PageView;
import io.ensemble.web.http.PathIds;
import io.ensemble.web.ratelimit.RateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Objects;

/**
 * Applications to the agency (issue 22 §1) under {@code /api/v1/agency/applications}: {@code POST} is public
 * (no token; limited per client address, 429 with {@code Retry-After} on a flood); admins list
 * ({@code ?status=pending|approved|rejected&q=&limit=&cursor=}, newest first), read, {@code POST /{id}/approve}
 * (creates the member and mails the set-password link), {@code POST /{id}/reject} (mails the answer) and
 * {@code DELETE /{id}}. 403 for non-admins, 409 {@code APPLICATION_DECIDED} on a second decision,
 * 409 {@code EMAIL_TAKEN} when the applicant already has an account.
 */
@Path("/api/v1/agency/applications")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class ApplicationResource {
    private final ApplicationService applications;
    private final RateLimiter limiter;

    /**
     * @param applications the application use cases
     * @param limiter the public form's limit, keyed by client address
     */
    public ApplicationResource(ApplicationService applications, RateLimiter limiter) {
        this.applications = Objects.requireNonNull(applications, "applications");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
    }

    /** Applies to join the team; 201 with the pending application. */
    @POST
    @Timed
    @Answers(value = ApplicationView.class, status = 201)
    @ErrorCodes({})
    public Response apply(@Context HttpServletRequest http, AgencyBodies.Apply body) {
        limiter.acquire(ClientAddress.of(http));
        return ApiResponse.created("Application received",
                ApplicationView.of(applications.apply(AgencyBodies.Apply.orEmpty(body).command())));
    }

    /** One page of applications. */
    @GET
    @Timed
    @ErrorCodes({})
    public ApiResponse<PageView<ApplicationView>> list(@Auth Caller caller, @QueryParam("status") String status,
                                                       @QueryParam("q") String q, @BeanParam PageQuery page) {
        return ApiResponse.ok("Applications", PageView.of(applications.list(caller, status, q, page.request()),
                ApplicationView::of));
    }

    /** One application. */
    @GET
    @Path("/{applicationId}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<ApplicationView> one(@Auth Caller caller, @PathParam("applicationId") String id) {
        return ApiResponse.ok("Application", ApplicationView.of(applications.application(caller, PathIds.uuid(id))));
    }

    /** Approves a pending application. */
    @POST
    @Path("/{applicationId}/approve")
    @Timed
    @ErrorCodes({"APPLICATION_DECIDED", "EMAIL_TAKEN"})
    public ApiResponse<ApplicationView> approve(@Auth Caller caller, @PathParam("applicationId") String id) {
        return ApiResponse.ok("Application approved; the new member was e-mailed a set-password link",
                ApplicationView.of(applications.approve(caller, PathIds.uuid(id))));
    }

    /** Rejects a pending application. */
    @POST
    @Path("/{applicationId}/reject")
    @Timed
    @ErrorCodes({"APPLICATION_DECIDED"})
    public ApiResponse<ApplicationView> reject(@Auth Caller caller, @PathParam("applicationId") String id) {
        return ApiResponse.ok("Application rejected; the applicant was e-mailed",
                ApplicationView.of(applications.reject(caller, PathIds.uuid(id))));
    }

    /** Deletes an application. */
    @DELETE
    @Path("/{applicationId}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<Void> delete(@Auth Caller caller, @PathParam("applicationId") String id) {
        applications.delete(caller, PathIds.uuid(id));
        return ApiResponse.ok("Application deleted", null);
    }
}
