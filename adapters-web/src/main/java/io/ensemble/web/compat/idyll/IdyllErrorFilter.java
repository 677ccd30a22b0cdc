package io.ensemble.web.compat.idyll;

import io.ensemble.web.errors.ErrorBody;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Gives the Idyll dialect's routes ({@link IdyllRoute}) their error shape {@link IdyllError}
 * ({@code {"error", "message"}}): the native error body built by the one domain mapper (and the auth
 * filter, the JSON mapper) is rewritten, status and headers ({@code Retry-After},
 * {@code WWW-Authenticate}) kept (issue 22 §3). Registered once by {@link IdyllModule}.
 */
@IdyllRoute
public final class IdyllErrorFilter implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof ErrorBody body) {
            response.setEntity(IdyllError.of(body), response.getEntityAnnotations(), response.getMediaType());
        }
    }
}
