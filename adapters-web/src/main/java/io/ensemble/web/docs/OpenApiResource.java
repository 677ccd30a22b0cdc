package io.ensemble.web.docs;

import io.ensemble.web.http.ErrorCodes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.glassfish.jersey.server.ExtendedResourceContext;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceModel;

/**
 * Serves the OpenAPI 3.1 document at {@code /openapi.json} and {@code /openapi.yaml} (issue 24 §1),
 * without authentication. It is generated on the first request from the resource classes of
 * Jersey's running resource model (so every registered route, native or of the enabled client
 * profile, is in it) and kept: the model does not change while the server runs.
 */
@Path("/")
public final class OpenApiResource {
    /** The YAML media type (RFC 9512). */
    public static final String YAML = "application/yaml";

    private final String version;
    private volatile OpenApiDocument document;

    /** @param version the API version shown in {@code info.version} */
    public OpenApiResource(String version) {
        this.version = Objects.requireNonNull(version, "version");
    }

    /** The document as JSON. */
    @GET
    @Path("openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "This document",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(types = "object")))
    @ErrorCodes({})
    public String json(@Context ExtendedResourceContext jersey) {
        return document(jersey).json();
    }

    /** The document as YAML. */
    @GET
    @Path("openapi.yaml")
    @Produces(YAML)
    @ErrorCodes({})
    public String yaml(@Context ExtendedResourceContext jersey) {
        return document(jersey).yaml();
    }

    private OpenApiDocument document(ExtendedResourceContext jersey) {
        OpenApiDocument built = document;
        if (built == null) {
            synchronized (this) {
                if (document == null) {
                    document = OpenApiDocument.read(resourceClasses(jersey.getResourceModel()), version);
                }
                built = document;
            }
        }
        return built;
    }

    /**
     * @param model Jersey's resource model
     * @return the classes that handle its root resources, in registration order
     */
    static Set<Class<?>> resourceClasses(ResourceModel model) {
        Set<Class<?>> classes = new LinkedHashSet<>();
        for (Resource resource : model.getRootResources()) {
            classes.addAll(resource.getHandlerClasses());
            resource.getHandlerInstances().forEach(instance -> classes.add(instance.getClass()));
        }
        return classes;
    }
}
