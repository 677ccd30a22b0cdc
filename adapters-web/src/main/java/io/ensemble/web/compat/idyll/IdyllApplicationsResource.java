package io.ensemble.web.compat.idyll;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.web.agency.AgencyBodies;
import io.ensemble.web.agency.AgencyRoutes;
import io.ensemble.web.agency.ApplicationView;
import io.ensemble.web.http.ClientAddress;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PathIds;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;

/**
 * seeds/003 {@code /api/applications} over the agency's application use cases (issue 22 §3): {@code POST}
 * public and rate-limited per address, the rest for admins; bare bodies ({@link ApplicationView}), errors
 * {@link IdyllError}.
 */
@Path("/api/applications")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@IdyllRoute
public final class IdyllApplicationsResource {
    private final AgencyRoutes agency;

    /** @param agency the agency use cases */
    public IdyllApplicationsResource(AgencyRoutes agency) {
        this.agency = Objects.requireNonNull(agency, "agency");
    }

    /** Applications, newest first ({@code ?status=&q=&limit=&cursor=}). */
    @GET
    @Timed
    @ErrorCodes({})
    public List<ApplicationView> list(@Auth Caller caller, @QueryParam("status") String status,
                                      @QueryParam("q") String q, @QueryParam("limit") String limit,
                                      @QueryParam("cursor") String cursor, @Context HttpServletResponse http) {
        return IdyllLists.bare(agency.applications().list(caller, status, q, IdyllLists.request(limit, cursor)),
                ApplicationView::of, http);
    }

    /** Applies (no token); 201 with the pending application. */
    @POST
    @Timed
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @ErrorCodes({})
    public Response apply(@Context HttpServletRequest http, AgencyBodies.Apply body) {
        agency.applicationLimit().acquire(ClientAddress.of(http));
        return Response.status(Response.Status.CREATED).entity(ApplicationView.of(agency.applications()
                .apply(AgencyBodies.Apply.orEmpty(body).command()))).build();
    }

    /** Approves: the member's account is created and mailed a set-password link. */
    @PUT
    @Path("/{id}/approve")
    @Timed
    @ErrorCodes({"APPLICATION_DECIDED", "EMAIL_TAKEN"})
    public ApplicationView approve(@Auth Caller caller, @PathParam("id") String id) {
        return ApplicationView.of(agency.applications().approve(caller, PathIds.uuid(id)));
    }

    /** Rejects: the applicant is mailed the answer. */
    @PUT
    @Path("/{id}/reject")
    @Timed
    @ErrorCodes({"APPLICATION_DECIDED"})
    public ApplicationView reject(@Auth Caller caller, @PathParam("id") String id) {
        return ApplicationView.of(agency.applications().reject(caller, PathIds.uuid(id)));
    }

    /** Deletes an application. */
    @DELETE
    @Path("/{id}")
    @Timed
    @ErrorCodes({})
    public IdyllDone delete(@Auth Caller caller, @PathParam("id") String id) {
        agency.applications().delete(caller, PathIds.uuid(id));
        return IdyllDone.of("Application deleted");
    }
}
