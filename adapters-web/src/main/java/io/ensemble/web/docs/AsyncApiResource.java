package io.ensemble.web.docs;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;

/**
 * Serves the realtime contract without authentication (issue 24 §2-§3): the AsyncAPI document at
 * {@code /asyncapi.yaml} and its readable page at {@code /docs/realtime}.
 */
@Path("/")
public final class AsyncApiResource {
    private final AsyncApiDocument document;
    private final String page;

    /** @param document the AsyncAPI document (rendered once, here) */
    public AsyncApiResource(AsyncApiDocument document) {
        this.document = Objects.requireNonNull(document, "document");
        this.page = RealtimePage.render(document);
    }

    /** The AsyncAPI document as kept in the repository. */
    @GET
    @Path("asyncapi.yaml")
    @Produces(OpenApiResource.YAML)
    public String yaml() {
        return document.yaml();
    }

    /** Every realtime event, readable in a browser. */
    @GET
    @Path("docs/realtime")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public String page() {
        return page;
    }
}
