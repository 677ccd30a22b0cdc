package io.ensemble.web.profiles;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.profiles.ProfileService;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PathIds;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;

/** Profile routes of seeds/001 §Profile (picture upload arrives with the media issue). */
@Path("/api/v1/profile")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class ProfileResource {
    private final ProfileService profiles;

    /** @param profiles the profiles use cases */
    public ProfileResource(ProfileService profiles) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
    }

    /** @return the caller's own profile, including email, phone and budget */
    @GET
    @Path("/me")
    @Timed
    @ErrorCodes({})
    public ApiResponse<ProfileViews.Own> me(@Auth Caller caller) {
        return ApiResponse.ok("Profile", ProfileViews.Own.of(profiles.me(caller)));
    }

    /** Partial update of the caller's profile; 409 {@code USERNAME_TAKEN}, 400 naming bad fields. */
    @PUT
    @Path("/update")
    @Timed
    @ErrorCodes({"USERNAME_TAKEN"})
    public ApiResponse<ProfileViews.Own> update(@Auth Caller caller, ProfileUpdateRequest body) {
        var cmd = Objects.requireNonNullElse(body, ProfileUpdateRequest.EMPTY).toCommand();
        return ApiResponse.ok("Profile updated", ProfileViews.Own.of(profiles.update(caller, cmd)));
    }

    /** Another user's public profile; 404 for a malformed, unknown or suspended user id. */
    @GET
    @Path("/{userId}")
    @Timed
    @io.ensemble.web.apikeys.ApiKeyScope(io.ensemble.apikeys.ApiScopes.USERS_READ)
    @ErrorCodes({})
    public ApiResponse<ProfileViews.Public> view(@Auth Caller caller, @PathParam("userId") String userId) {
        return ApiResponse.ok("Profile", ProfileViews.Public.of(profiles.view(caller, PathIds.uuid(userId))));
    }
}
