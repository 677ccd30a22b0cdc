package io.ensemble.web.admin;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.profiles.ProfileVerification;
import io.ensemble.profiles.PublicProfile;
import io.ensemble.web.audit.RequestOrigins;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PathIds;
import io.ensemble.web.profiles.ProfileViews;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;

/**
 * {@code PATCH /api/v1/admin/users/{userId}/verify} (issue 20 §3, seeds/002 user verification): body
 * {@code {verified: true}} (also an empty body) grants the verified badge, {@code {verified: false}} takes it away.
 * Answers the user's public profile with {@code verified}. ADMIN only (403); 404 for an unknown id; 409
 * {@code NOT_VERIFIABLE} for ADMIN and AGENT accounts; 400 naming {@code verified} when it is not a boolean.
 */
@Path("/api/v1/admin/users/{userId}/verify")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class AdminVerificationResource {
    private final ProfileVerification verification;

    /** @param verification the verified-badge use case */
    public AdminVerificationResource(ProfileVerification verification) {
        this.verification = Objects.requireNonNull(verification, "verification");
    }

    /** Sets or clears the verified badge. */
    @PATCH
    @Timed
    @ErrorCodes({"NOT_VERIFIABLE"})
    public ApiResponse<ProfileViews.Public> verify(@Auth Caller caller, @Context HttpServletRequest http,
                                                   @PathParam("userId") String userId, VerifyRequest body) {
        boolean verified = body == null || body.verified() == null || body.verified();
        var profile = verification.setVerified(caller, PathIds.uuid(userId), verified, RequestOrigins.of(http));
        return ApiResponse.ok(verified ? "User verified" : "User unverified",
                ProfileViews.Public.of(PublicProfile.of(profile)));
    }

    /** Body {@code {verified}}: true (default) or false. */
    public record VerifyRequest(Boolean verified) {
    }
}
