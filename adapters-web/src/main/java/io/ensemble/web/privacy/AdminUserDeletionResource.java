package io.ensemble.web.privacy;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.privacy.AccountDeletionService;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.web.audit.RequestOrigins;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PathIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code DELETE /api/v1/admin/users/:userId[?force=true]} (seeds/001 §Admin "Delete user"; issue 20 §4): an
 * admin deletes a user (403 for others, 404 unknown user, 409 {@code CANNOT_DELETE_SELF}, 409
 * {@code ORDERS_IN_PROGRESS} unless {@code force=true}, which cancels or refunds them first; 400 for a
 * {@code force} that is not true/false), and {@code GET /api/v1/admin/users/:userId/deletion} follows the
 * erasure job (status, steps done, last error; 404 when the user was not deleted). Only these two routes
 * live here; the other admin user routes keep their own resource on the same root path, which Jersey merges
 * with this one (a root of {@code /api/v1/admin/users/{userId}} would shadow their {@code GET /users/:userId}
 * with a 405).
 */
@Path("/api/v1/admin/users")
@Produces(MediaType.APPLICATION_JSON)
public final class AdminUserDeletionResource {
    private final AccountDeletionService deletion;

    /** @param deletion the account deletion use cases */
    public AdminUserDeletionResource(AccountDeletionService deletion) {
        this.deletion = Objects.requireNonNull(deletion, "deletion");
    }

    /** Deletes the user. */
    @DELETE
    @Path("/{userId}")
    @Timed
    @ErrorCodes({"CANNOT_DELETE_SELF", "CARD_DECLINED", "ORDERS_IN_PROGRESS", "ORDER_CHANGED", "PAYMENT_IDEMPOTENCY",
            "PAYMENT_NOT_PENDING", "PROVIDER_REJECTED"})
    public ApiResponse<PrivacyRequestView> delete(@Auth Caller caller, @PathParam("userId") String userId,
            @QueryParam("force") String force, @Context HttpServletRequest request) {
        return ApiResponse.ok("User deleted; their personal data is being erased.", PrivacyRequestView.of(
                deletion.deleteUser(caller, PathIds.uuid(userId), parseForce(force), RequestOrigins.of(request))));
    }

    /** The user's erasure as it goes. */
    @GET
    @Path("/{userId}/deletion")
    @Timed
    @ErrorCodes({})
    public ApiResponse<PrivacyRequestView> deletion(@Auth Caller caller, @PathParam("userId") String userId) {
        return ApiResponse.ok("Deletion", PrivacyRequestView.of(deletion.deletion(caller, PathIds.uuid(userId))));
    }

    private static boolean parseForce(String force) {
        if (force == null || force.isBlank()) {
            return false;
        }
        return switch (force.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ValidationFailed(List.of(new FieldError("force", "Use true or false.")));
        };
    }
}
