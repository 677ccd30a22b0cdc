package io.ensemble.web.docs;

import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.IdempotencyHeaders;
import io.ensemble.web.http.PageView;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/** A resource shaped like the application's, for {@link OpenApiDocumentTest}. */
@Path("/api/v1/fixtures")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class FixtureResource {
    /** A body. */
    public record Body(String name) {
    }

    /** A view. */
    public record View(String id, String name) {
    }

    /** Secured, typed page. */
    @GET
    public ApiResponse<PageView<View>> list(@Auth Caller caller, @QueryParam("limit") String limit) {
        return null;
    }

    /** Secured, idempotent create. */
    @POST
    public Response create(@Auth Caller caller, @HeaderParam(IdempotencyHeaders.KEY) String key, Body body) {
        return null;
    }

    /** Optional caller, path parameter with a regex. */
    @GET
    @Path("{key: .+}")
    public Response file(@Auth Optional<Caller> caller, @PathParam("key") String key) {
        return null;
    }

    /** Authorization read by hand, as the seed-shaped stats push does. */
    @POST
    @Path("push")
    public Response push(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, Body body) {
        return null;
    }

    /** A multipart upload. */
    @POST
    @Path("upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@Auth Caller caller, org.glassfish.jersey.media.multipart.FormDataMultiPart form) {
        return null;
    }

    /** Public. */
    @GET
    @Path("public")
    public ApiResponse<View> open() {
        return null;
    }
}
