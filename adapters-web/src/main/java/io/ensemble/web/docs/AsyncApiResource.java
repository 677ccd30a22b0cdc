package io.ensemble.web.docs;

import io.ensemble.web.http.ErrorCodes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.Objects;

/**
 * Serves the realtime contract, the AsyncAPI document, at {@code /asyncapi.yaml} without
 * authentication (issue 24 §2); {@link DocsPagesResource} renders it at {@code /docs/realtime}.
 */
@Path("/")
public final class AsyncApiResource {
    private final AsyncApiDocument document;

    /** @param document the AsyncAPI document */
    public AsyncApiResource(AsyncApiDocument document) {
        this.document = Objects.requireNonNull(document, "document");
    }

    /** The AsyncAPI document as kept in the repository. */
    @GET
    @Path("asyncapi.yaml")
    @Produces(OpenApiResource.YAML)
    @ErrorCodes({})
    public String yaml() {
        return document.yaml();
    }
}
