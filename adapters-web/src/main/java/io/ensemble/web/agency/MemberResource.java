package io.ensemble.web.agency;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.agency.MemberService;
import io.ensemble.identity.Caller;
import io.ensemble.web.audit.RequestOrigins;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PageQuery;
import io.ensemble.web.http.PageView;
import io.ensemble.web.http.PathIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
 * The team's members (issue 22 §1) under {@code /api/v1/agency/members}, admins only (403 otherwise): list
 * ({@code ?q=&role=&status=active|inactive&limit=&cursor=}), {@code POST} invite {@code {name, email, role?}}
 * (account plus set-password e-mail; 409 {@code EMAIL_TAKEN}), {@code PATCH /{id}} {@code {name?, role?,
 * status?}} (role changes audited; inactive suspends), {@code DELETE /{id}} (deactivates).
 */
@Path("/api/v1/agency/members")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class MemberResource {
    private final MemberService members;

    /** @param members the member use cases */
    public MemberResource(MemberService members) {
        this.members = Objects.requireNonNull(members, "members");
    }

    /** One page of members, newest first. */
    @GET
    @Timed
    @ErrorCodes({})
    public ApiResponse<PageView<MemberView>> list(@Auth Caller caller, @QueryParam("q") String q,
                                                  @QueryParam("role") String role, @QueryParam("status") String status,
                                                  @BeanParam PageQuery page) {
        return ApiResponse.ok("Members", PageView.of(members.list(caller, q, role, status, page.request()),
                MemberView::of));
    }

    /** Invites a member; 201 with the new member. */
    @POST
    @Timed
    @Answers(value = MemberView.class, status = 201)
    @ErrorCodes({"EMAIL_TAKEN"})
    public Response invite(@Auth Caller caller, AgencyBodies.Member body) {
        return ApiResponse.created("Member invited; a set-password link was e-mailed",
                MemberView.of(members.invite(caller, AgencyBodies.Member.orEmpty(body).command())));
    }

    /** Edits a member. */
    @PATCH
    @Path("/{memberId}")
    @Timed
    @ErrorCodes({"CANNOT_SUSPEND_SELF", "ALREADY_SUSPENDED", "NOT_SUSPENDED"})
    public ApiResponse<MemberView> update(@Auth Caller caller, @Context HttpServletRequest http,
                                          @PathParam("memberId") String id, AgencyBodies.Member body) {
        return ApiResponse.ok("Member updated", MemberView.of(members.update(caller, PathIds.uuid(id),
                AgencyBodies.Member.orEmpty(body).command(), RequestOrigins.of(http))));
    }

    /** Removes (deactivates) a member. */
    @DELETE
    @Path("/{memberId}")
    @Timed
    @ErrorCodes({"CANNOT_SUSPEND_SELF", "ALREADY_SUSPENDED", "NOT_SUSPENDED"})
    public ApiResponse<Void> remove(@Auth Caller caller, @PathParam("memberId") String id) {
        members.remove(caller, PathIds.uuid(id));
        return ApiResponse.ok("Member deactivated", null);
    }
}
