package io.ensemble.web.compat.influmojo;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.marketplace.CreatorPackage;
import io.ensemble.profiles.PublicProfile;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.paging.PageRequest;
import io.ensemble.web.compat.CompatServices;
import io.ensemble.web.compat.influmojo.InflumojoPackages.Create;
import io.ensemble.web.compat.influmojo.InflumojoPackages.PackageModel;
import io.ensemble.web.compat.influmojo.InflumojoPackages.Portfolio;
import io.ensemble.web.compat.influmojo.InflumojoPackages.Pricing;
import io.ensemble.web.compat.influmojo.InflumojoPackages.ReviewModel;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PathIds;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Seeds/002 §Package Management Endpoints at {@code /packages} (issue 23 §6), over the native package
 * and review use cases, with the Prisma {@code Package} model's fields.
 */
@Path("/packages")
@InflumojoRoute
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class InflumojoPackagesResource {
    /** Reviews shown with a portfolio, newest first. */
    static final int REVIEWS_SHOWN = 20;

    private final CompatServices s;

    InflumojoPackagesResource(CompatServices services) {
        this.s = Objects.requireNonNull(services, "services");
    }

    /** A creator offers a package: 201 with the package; 403 for other roles; 400 naming bad fields. */
    @POST
    @Path("/create")
    @Timed
    @Answers(value = PackageModel.class, status = 201)
    @ErrorCodes({})
    public Response create(@Auth Caller caller, Create body) {
        Create b = Objects.requireNonNullElse(body, Create.EMPTY);
        CreatorPackage created = SeedFields.renamed(InflumojoPackages.SEED_FIELDS,
                () -> s.packages().createPackage(caller, b.command()));
        return ApiResponse.created("Package created", PackageModel.of(created));
    }

    /**
     * A creator's portfolio for any signed-in user: active packages, pricing, latest reviews, rating and
     * order count; 404 for an unknown, suspended or non-creator id.
     */
    @GET
    @Path("/creator/{id}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<Portfolio> portfolio(@Auth Caller caller, @PathParam("id") String id) {
        UUID creatorId = PathIds.uuid(id);
        PublicProfile creator = s.profileService().view(caller, creatorId);
        if (creator.role() != Role.CREATOR) {
            throw new NotFound("No such creator.");
        }
        List<CreatorPackage> packages = s.packages().creatorPackages(creatorId);
        List<ReviewModel> reviews = s.reviews().creatorReviews(creatorId,
                new PageRequest(REVIEWS_SHOWN, Optional.empty())).items().stream().map(ReviewModel::of).toList();
        return ApiResponse.ok("Creator packages", new Portfolio(creatorId.toString(), creator.displayName(),
                packages.stream().map(PackageModel::of).toList(), Pricing.of(packages), reviews, creator.rating(),
                creator.totalCollaborations()));
    }
}
