package io.ensemble.web.compat.influmojo;

import io.ensemble.web.errors.ErrorBody;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Gives the Influmojo dialect's routes ({@link InflumojoRoute}) the seed's error shape: the native
 * error body (from the domain mapper, the auth filter or the JSON mapper) becomes
 * {@code {"success": false, "error": "…"}}, status and headers kept (issue 23 §6).
 */
@InflumojoRoute
public final class InflumojoErrorFilter implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof ErrorBody body) {
            response.setEntity(InflumojoError.of(body), response.getEntityAnnotations(), response.getMediaType());
        }
    }
}
