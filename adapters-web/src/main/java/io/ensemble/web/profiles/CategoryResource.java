package io.ensemble.web.profiles;

import com.codahale.metrics.annotation.Timed;
import io.ensemble.profiles.ProfileService;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Objects;

/** The managed category list (issue 5 §1), public so sign-up and onboarding screens can show it. */
@Path("/api/v1/categories")
@Produces(MediaType.APPLICATION_JSON)
public final class CategoryResource {
    private final ProfileService profiles;

    /** @param profiles the profiles use cases */
    public CategoryResource(ProfileService profiles) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
    }

    /** @return {@code data: [{slug, name}]} ordered by slug */
    @GET
    @Timed
    @ErrorCodes({})
    public ApiResponse<List<ProfileViews.CategoryView>> list() {
        return ApiResponse.ok("Categories", profiles.categories().stream().map(ProfileViews.CategoryView::of).toList());
    }
}
