package io.ensemble.web.profiles;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.profiles.CategoryAdminService;
import io.ensemble.profiles.NewCategory;
import io.ensemble.web.audit.RequestOrigins;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Objects;

/**
 * {@code POST /api/v1/admin/categories} {@code {slug, name}} (issue 5 §1, under seeds/001's
 * {@code /api/v1/admin}): 201 {@code {slug, name}}; 403 for a caller who is not an ADMIN, 409
 * {@code CATEGORY_EXISTS}, 400 naming {@code slug} / {@code name}.
 */
@Path("/api/v1/admin/categories")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class CategoryAdminResource {
    private final CategoryAdminService categories;

    /** @param categories the admin category use case */
    public CategoryAdminResource(CategoryAdminService categories) {
        this.categories = Objects.requireNonNull(categories, "categories");
    }

    /** Adds a category to the managed list. */
    @POST
    @Timed
    @Answers(value = ProfileViews.CategoryView.class, status = 201)
    @ErrorCodes({"CATEGORY_EXISTS"})
    public Response add(@Auth Caller caller, @Context HttpServletRequest http, CategoryBody body) {
        CategoryBody b = Objects.requireNonNullElse(body, CategoryBody.EMPTY);
        var added = categories.addCategory(caller, new NewCategory(b.slug(), b.name()), RequestOrigins.of(http));
        return ApiResponse.created("Category added", ProfileViews.CategoryView.of(added));
    }

    /** Body {@code {slug, name}}. */
    public record CategoryBody(String slug, String name) {
        static final CategoryBody EMPTY = new CategoryBody(null, null);
    }
}
