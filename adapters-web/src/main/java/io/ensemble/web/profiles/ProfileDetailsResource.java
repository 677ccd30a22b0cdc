package io.ensemble.web.profiles;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.profiles.ProfileDetailsService;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;

/**
 * The seeds/002 profile fields (issue 23 §5) at {@code /api/v1/profile/details}: names, cover image,
 * timezone, language, gender, date of birth (age derived; under 13 refused), onboarding step, the
 * brand's industries, role and business type, the pincode; with the account status and presence.
 */
@Path("/api/v1/profile/details")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class ProfileDetailsResource {
    private final ProfileDetailsService details;

    /** @param details the details use cases */
    public ProfileDetailsResource(ProfileDetailsService details) {
        this.details = Objects.requireNonNull(details, "details");
    }

    /** @return the caller's details, status and presence */
    @GET
    @Timed
    @ErrorCodes({})
    public ApiResponse<ProfileDetailsView> mine(@Auth Caller caller) {
        return ApiResponse.ok("Profile details", ProfileDetailsView.of(details.mine(caller)));
    }

    /** Partial update; 400 naming bad fields (brand-only fields from other roles, under 13, bad timezone). */
    @PUT
    @Timed
    @ErrorCodes({})
    public ApiResponse<ProfileDetailsView> update(@Auth Caller caller, ProfileDetailsBody body) {
        var cmd = Objects.requireNonNullElse(body, ProfileDetailsBody.EMPTY).command();
        return ApiResponse.ok("Profile details updated", ProfileDetailsView.of(details.update(caller, cmd)));
    }
}
