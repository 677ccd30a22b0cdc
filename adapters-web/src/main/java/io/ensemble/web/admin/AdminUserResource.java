package io.ensemble.web.admin;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.admin.AdminUserDetails;
import io.ensemble.identity.AccountSuspension;
import io.ensemble.identity.Caller;
import io.ensemble.identity.UserAdministration;
import io.ensemble.shared.paging.PageRequest;
import io.ensemble.web.audit.RequestOrigins;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PageView;
import io.ensemble.web.http.PathIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;

/**
 * The user routes of seeds/001 §Admin under {@code /api/v1/admin/users} (issue 20 §1), ADMIN only (403 with the
 * error body otherwise; unknown or malformed ids 404):
 * <ul>
 *   <li>{@code GET /} {@code ?q=&role=&status=&limit=&cursor=}: accounts newest first, {@code q} matching name or
 *       e-mail; 400 naming {@code q}, {@code role}, {@code status}, {@code limit} or {@code cursor}.</li>
 *   <li>{@code GET /{userId}}: the account, profile, social accounts, connection and order counts, recent
 *       activity ({@link AdminUserDetailView}).</li>
 *   <li>{@code PATCH /{userId}/suspend} {@code {reason}}: SUSPENDED, every session ended and the user's sockets
 *       closed on every node; 409 {@code CANNOT_SUSPEND_SELF}, 409 {@code ALREADY_SUSPENDED}; 400 naming
 *       {@code reason}.</li>
 *   <li>{@code PATCH /{userId}/unsuspend}: back to ACTIVE; 409 {@code NOT_SUSPENDED}.</li>
 * </ul>
 * The verify route (issue 20 §3) is {@link AdminVerificationResource}.
 */
@Path("/api/v1/admin/users")
@Produces(MediaType.APPLICATION_JSON)
public final class AdminUserResource {
    private final UserAdministration users;
    private final AdminUserDetails details;
    private final AccountSuspension suspension;

    /**
     * @param users the admin account reads; @param details the composed user detail; @param suspension
     *     suspension and reinstatement
     */
    public AdminUserResource(UserAdministration users, AdminUserDetails details, AccountSuspension suspension) {
        this.users = Objects.requireNonNull(users, "users");
        this.details = Objects.requireNonNull(details, "details");
        this.suspension = Objects.requireNonNull(suspension, "suspension");
    }

    /** One page of accounts matching the filters, newest first. */
    @GET
    @Timed
    @ErrorCodes({})
    public ApiResponse<PageView<AdminUserView>> list(@Auth Caller caller, @QueryParam("q") String q,
                                                     @QueryParam("role") String role,
                                                     @QueryParam("status") String status,
                                                     @QueryParam("limit") String limit,
                                                     @QueryParam("cursor") String cursor) {
        return ApiResponse.ok("Users", PageView.of(users.listUsers(caller, q, role, status,
                PageRequest.of(limit, cursor)), AdminUserView::of));
    }

    /** Everything an admin sees of one user. */
    @GET
    @Path("/{userId}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<AdminUserDetailView> detail(@Auth Caller caller, @PathParam("userId") String userId) {
        return ApiResponse.ok("User details", AdminUserDetailView.of(details.detail(caller, PathIds.uuid(userId))));
    }

    /** Suspends the user with a reason. */
    @PATCH
    @Path("/{userId}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @Timed
    @ErrorCodes({"ALREADY_SUSPENDED", "CANNOT_SUSPEND_SELF"})
    public ApiResponse<AdminUserView> suspend(@Auth Caller caller, @Context HttpServletRequest http,
                                              @PathParam("userId") String userId, SuspendRequest body) {
        String reason = body == null ? null : body.reason();
        return ApiResponse.ok("User suspended", AdminUserView.of(suspension.suspend(caller, PathIds.uuid(userId),
                reason, RequestOrigins.of(http))));
    }

    /** Reinstates a suspended user. */
    @PATCH
    @Path("/{userId}/unsuspend")
    @Timed
    @ErrorCodes({"NOT_SUSPENDED"})
    public ApiResponse<AdminUserView> unsuspend(@Auth Caller caller, @Context HttpServletRequest http,
                                                @PathParam("userId") String userId) {
        return ApiResponse.ok("User unsuspended", AdminUserView.of(suspension.unsuspend(caller,
                PathIds.uuid(userId), RequestOrigins.of(http))));
    }

    /** Body of the suspend route: {@code {reason}}, 1..500 characters. */
    public record SuspendRequest(String reason) {
    }
}
