package io.ensemble.web.compat.influmojo;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.discovery.Audience;
import io.ensemble.discovery.DiscoveryQuery;
import io.ensemble.identity.Caller;
import io.ensemble.identity.User;
import io.ensemble.profiles.AccountDetails;
import io.ensemble.profiles.OwnProfile;
import io.ensemble.profiles.ProfileDetailsUpdate;
import io.ensemble.profiles.ProfileUpdate;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.web.compat.CompatServices;
import io.ensemble.web.compat.influmojo.InflumojoCreators.Listing;
import io.ensemble.web.compat.influmojo.InflumojoProfileBodies.BasicInfo;
import io.ensemble.web.compat.influmojo.InflumojoProfileBodies.Preferences;
import io.ensemble.web.compat.influmojo.InflumojoUsers.Me;
import io.ensemble.web.compat.influmojo.InflumojoUsers.ProfileModel;
import io.ensemble.web.compat.influmojo.InflumojoUsers.UserModel;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Seeds/002 §Profile Management Endpoints at {@code /profile} (issue 23 §6), over the native profile,
 * profile-details and discovery use cases: answers {@code {success, message, data}} with the Prisma
 * models' snake_case fields; errors {@code {success: false, error}}.
 */
@Path("/profile")
@InflumojoRoute
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class InflumojoProfileResource {
    private final CompatServices s;

    InflumojoProfileResource(CompatServices services) {
        this.s = Objects.requireNonNull(services, "services");
    }

    /**
     * Updates the caller's basic info ({@code name}, {@code first_name}, {@code last_name},
     * {@code profile_image_url}, {@code cover_image_url}, {@code timezone}, {@code language},
     * {@code gender}, {@code date_of_birth}, {@code bio}, {@code location_*}, {@code onboarding_step}):
     * {@code data: {user, profile}}; 400 naming bad fields (under 13, unknown timezone), nothing saved then.
     */
    @POST
    @Path("/update-basic-info")
    @Timed
    @ErrorCodes({})
    public ApiResponse<Me> basicInfo(@Auth Caller caller, BasicInfo body) {
        BasicInfo b = Objects.requireNonNullElse(body, BasicInfo.EMPTY);
        return ApiResponse.ok("Basic info updated", save(caller, b::profile, b::details,
                Boolean.TRUE.equals(b.onboardingCompleted())));
    }

    /**
     * Updates the caller's preferences: {@code industries} (brands), {@code categories} /
     * {@code content_categories}, {@code languages}, {@code location} / {@code location_city},
     * {@code location_state}, {@code location_pincode}, {@code role_in_organization} and
     * {@code business_type} (brands): {@code data: {user, profile}}; 400 naming bad fields.
     */
    @POST
    @Path("/update-preferences")
    @Timed
    @ErrorCodes({})
    public ApiResponse<Me> preferences(@Auth Caller caller, Preferences body) {
        Preferences b = Objects.requireNonNullElse(body, Preferences.EMPTY);
        return ApiResponse.ok("Preferences updated", save(caller, b::profile, b::details,
                Boolean.TRUE.equals(b.onboardingCompleted())));
    }

    /**
     * Creators for brands: {@code platform}, {@code category} (comma-separated), {@code location},
     * {@code search}, {@code page} (from 1), {@code limit}: {@code data: {creators, pagination}}; 403
     * for a caller who is not a brand.
     */
    @GET
    @Path("/creators")
    @Timed
    @ErrorCodes({})
    public ApiResponse<Listing> creators(@Auth Caller caller, @QueryParam("platform") String platform,
                                         @QueryParam("category") String category,
                                         @QueryParam("location") String location,
                                         @QueryParam("search") String search, @QueryParam("page") String page,
                                         @QueryParam("limit") String limit) {
        List<String> categories = category == null ? List.of() : List.of(category);
        Listing listing = SeedFields.renamed(java.util.Map.of("region", "location"), () -> {
            String size = limit == null || limit.isBlank() ? String.valueOf(InflumojoCreators.DEFAULT_LIMIT) : limit;
            return InflumojoCreators.page(page, limit, cursor -> s.discovery().discover(caller, Audience.CREATORS,
                    DiscoveryQuery.parse(search, categories, location, null, null, cursor.orElse(null), size,
                            platform, null)));
        });
        return ApiResponse.ok("Creators", listing);
    }

    /**
     * Saves both commands in one transaction (the details' checks first); with {@code complete}, then runs
     * the role's native onboarding on the saved profile.
     */
    private Me save(Caller caller, Supplier<ProfileUpdate> profile, Supplier<ProfileDetailsUpdate> details,
                    boolean complete) {
        return SeedFields.renamed(InflumojoProfileBodies.SEED_FIELDS, () -> {
            List<ValidationFailed> errors = new ArrayList<>();
            ProfileUpdate p = build(profile, errors);
            ProfileDetailsUpdate d = build(details, errors);
            if (!errors.isEmpty()) {
                throw merged(errors);
            }
            s.details().update(caller, d, () -> {
                s.profileService().update(caller, p);
                if (complete) {
                    SeedOnboarding.complete(caller, s.profileService());
                }
            });
            return me(caller, s.details().mine(caller));
        });
    }

    private Me me(Caller caller, AccountDetails details) {
        User user = s.users().findById(caller.userId()).orElseThrow(() -> new NotFound("No such account."));
        OwnProfile own = s.profileService().me(caller);
        return new Me(UserModel.of(user, own.profile(), details), ProfileModel.of(own.profile(), details.details()));
    }

    /** Builds a self-validating command, collecting its field errors so both commands' are answered at once. */
    private static <T> T build(Supplier<T> command, List<ValidationFailed> errors) {
        try {
            return command.get();
        } catch (ValidationFailed e) {
            errors.add(e);
            return null;
        }
    }

    private static ValidationFailed merged(List<ValidationFailed> errors) {
        return new ValidationFailed(errors.stream().flatMap(e -> e.errors().stream()).toList());
    }
}
