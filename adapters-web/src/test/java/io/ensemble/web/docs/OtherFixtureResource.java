package io.ensemble.web.docs;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A second resource with a nested {@code Body} of another shape, for {@link OpenApiDocumentTest}. */
@Path("/api/v1/others")
@Consumes(MediaType.APPLICATION_JSON)
public final class OtherFixtureResource {
    /** Same simple name as {@link FixtureResource.Body}, other fields. */
    public record Body(int count) {
    }

    /** Takes the other body. */
    @POST
    public Response create(Body body) {
        return null;
    }
}
