package io.ensemble.web.profiles;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.profiles.OwnProfile;
import io.ensemble.profiles.ProfileService;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;

/**
 * Onboarding (seeds/001 §Onboarding; creator and brand per seeds/002): completes the caller's
 * profile and sets {@code onboardingCompleted}. Answers 200 with the caller's profile; 403
 * {@code FORBIDDEN} when the caller's role does not match the route; 400 naming each bad field.
 */
@Path("/api/v1/onboarding")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class OnboardingResource {
    private final ProfileService profiles;

    /** @param profiles the profiles use cases */
    public OnboardingResource(ProfileService profiles) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
    }

    /** Influencer onboarding: {@code {bio, categories[], region, city, languages[]}}. */
    @POST
    @Path("/influencer")
    @Timed
    @ErrorCodes({"USERNAME_TAKEN"})
    public ApiResponse<ProfileViews.Own> influencer(@Auth Caller caller, OnboardingRequests.Influencer body) {
        var b = Objects.requireNonNullElse(body, OnboardingRequests.Influencer.EMPTY);
        return completed(profiles.onboardInfluencer(caller, b::command));
    }

    /** Salon onboarding: {@code {businessName, description, categories[], region, address, website}}. */
    @POST
    @Path("/salon")
    @Timed
    @ErrorCodes({"USERNAME_TAKEN"})
    public ApiResponse<ProfileViews.Own> salon(@Auth Caller caller, OnboardingRequests.Salon body) {
        var b = Objects.requireNonNullElse(body, OnboardingRequests.Salon.EMPTY);
        return completed(profiles.onboardSalon(caller, b::command));
    }

    /** Creator onboarding (seeds/002): bio, categories, location, rates in minor units, availability. */
    @POST
    @Path("/creator")
    @Timed
    @ErrorCodes({"USERNAME_TAKEN"})
    public ApiResponse<ProfileViews.Own> creator(@Auth Caller caller, OnboardingRequests.Creator body) {
        var b = Objects.requireNonNullElse(body, OnboardingRequests.Creator.EMPTY);
        return completed(profiles.onboardCreator(caller, b::command));
    }

    /** Brand onboarding (seeds/002): company, industry, website, categories, location, budget range. */
    @POST
    @Path("/brand")
    @Timed
    @ErrorCodes({"USERNAME_TAKEN"})
    public ApiResponse<ProfileViews.Own> brand(@Auth Caller caller, OnboardingRequests.Brand body) {
        var b = Objects.requireNonNullElse(body, OnboardingRequests.Brand.EMPTY);
        return completed(profiles.onboardBrand(caller, b::command));
    }

    private static ApiResponse<ProfileViews.Own> completed(OwnProfile profile) {
        return ApiResponse.ok("Onboarding completed", ProfileViews.Own.of(profile));
    }
}
