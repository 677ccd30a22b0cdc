package io.ensemble.web.compat.idyll;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.web.agency.AgencyBodies;
import io.ensemble.web.agency.AgencyRoutes;
import io.ensemble.web.agency.MemberView;
import io.ensemble.web.audit.RequestOrigins;
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
 * seeds/003 {@code /api/users} over the agency's member use cases (issue 22 §3), admins only: list
 * ({@code ?q=&role=&status=active|inactive}), {@code POST} = invite (account plus set-password e-mail),
 * {@code PUT /:id} {@code {name?, role?, status?}}, {@code DELETE /:id} (deactivates). Bare {@link MemberView}s.
 */
@Path("/api/users")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@IdyllRoute
public final class IdyllUsersResource {
    private final AgencyRoutes agency;

    /** @param agency the agency use cases */
    public IdyllUsersResource(AgencyRoutes agency) {
        this.agency = Objects.requireNonNull(agency, "agency");
    }

    /** The team, newest first. */
    @GET
    @Timed
    @ErrorCodes({})
    public List<MemberView> list(@Auth Caller caller, @QueryParam("q") String q, @QueryParam("role") String role,
                                 @QueryParam("status") String status, @QueryParam("limit") String limit,
                                 @QueryParam("cursor") String cursor, @Context HttpServletResponse http) {
        return IdyllLists.bare(agency.members().list(caller, q, role, status, IdyllLists.request(limit, cursor)),
                MemberView::of, http);
    }

    /** Invites a member; 201 with them. */
    @POST
    @Timed
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @ErrorCodes({"EMAIL_TAKEN"})
    public Response invite(@Auth Caller caller, AgencyBodies.Member body) {
        return Response.status(Response.Status.CREATED).entity(MemberView.of(agency.members().invite(caller,
                AgencyBodies.Member.orEmpty(body).command()))).build();
    }

    /** Edits a member. */
    @PUT
    @Path("/{id}")
    @Timed
    @ErrorCodes({"CANNOT_SUSPEND_SELF", "ALREADY_SUSPENDED", "NOT_SUSPENDED"})
    public MemberView update(@Auth Caller caller, @Context HttpServletRequest http, @PathParam("id") String id,
                             AgencyBodies.Member body) {
        return MemberView.of(agency.members().update(caller, PathIds.uuid(id),
                AgencyBodies.Member.orEmpty(body).command(), RequestOrigins.of(http)));
    }

    /** Deactivates a member. */
    @DELETE
    @Path("/{id}")
    @Timed
    @ErrorCodes({"CANNOT_SUSPEND_SELF", "ALREADY_SUSPENDED", "NOT_SUSPENDED"})
    public IdyllDone delete(@Auth Caller caller, @PathParam("id") String id) {
        agency.members().remove(caller, PathIds.uuid(id));
        return IdyllDone.of("User deactivated");
    }
}
