package io.ensemble.web.compat.sioree;

import io.ensemble.web.errors.ErrorBody;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Gives the Sioree dialect's routes ({@link SioreeRoute}) the seed's error shape: the native error
 * body that the one domain mapper (and the auth filter, the JSON mapper) built becomes
 * {@code {"error": "…"}}, status and headers ({@code Retry-After}, {@code WWW-Authenticate}) kept
 * (seeds/000 §Authentication, issue 21 §4).
 */
@SioreeRoute
public final class SioreeErrorFilter implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof ErrorBody body) {
            response.setEntity(SioreeError.of(body), response.getEntityAnnotations(), response.getMediaType());
        }
    }
}
