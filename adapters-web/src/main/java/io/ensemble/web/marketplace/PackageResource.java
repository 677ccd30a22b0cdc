package io.ensemble.web.marketplace;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.marketplace.PackageService;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PathIds;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;

/** Creator package routes (issue 8 §1, seeds/002 §Package Management) under {@code /api/v1/packages}. */
@Path("/api/v1/packages")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class PackageResource {
    private final PackageService packages;

    public PackageResource(PackageService packages) {
        this.packages = packages;
    }

    /** Creates a package: 201 with it; 403 for non-creators; 400 naming bad fields. */
    @POST
    @Timed
    @Answers(value = PackageView.class, status = 201)
    @ErrorCodes({})
    public Response create(@Auth Caller caller, PackageBody body) {
        PackageBody b = Objects.requireNonNullElse(body, PackageBody.EMPTY);
        return ApiResponse.created("Package created",
                PackageView.of(packages.createPackage(caller, b.command())));
    }

    /** Replaces the caller's package; 404 when it is not theirs or inactive; 400 naming bad fields. */
    @PUT
    @Path("/{packageId}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<PackageView> update(@Auth Caller caller, @PathParam("packageId") String packageId,
                                           PackageBody body) {
        PackageBody b = Objects.requireNonNullElse(body, PackageBody.EMPTY);
        return ApiResponse.ok("Package updated",
                PackageView.of(packages.updatePackage(caller, PathIds.uuid(packageId), b.command())));
    }

    /** Deactivates the caller's package; 404 when it is not theirs or already inactive. */
    @DELETE
    @Path("/{packageId}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<Void> deactivate(@Auth Caller caller, @PathParam("packageId") String packageId) {
        packages.deactivatePackage(caller, PathIds.uuid(packageId));
        return ApiResponse.ok("Package deactivated", null);
    }

    /** A creator's active packages, oldest first (public, no token needed). */
    @GET
    @Path("/creator/{creatorId}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<List<PackageView>> ofCreator(@PathParam("creatorId") String creatorId) {
        return ApiResponse.ok("Packages",
                packages.creatorPackages(PathIds.uuid(creatorId)).stream().map(PackageView::of).toList());
    }
}
