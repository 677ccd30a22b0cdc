package io.ensemble.web.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Adds the security headers every API answer carries (issue 28 §3): {@code X-Content-Type-Options:
 * nosniff} and {@code Referrer-Policy: no-referrer} on every answer, and {@code Cache-Control:
 * no-store} on every JSON (or empty) answer that did not choose its own caching, since those carry
 * tokens (login, refresh) or personal data (profiles, {@code /auth/me}) and errors. Answers that set
 * {@code Cache-Control} themselves (media files, the image proxy) keep it.
 */
public final class SecurityHeadersFilter implements ContainerResponseFilter {
    /** The value set on answers that must not be stored by browsers or proxies. */
    public static final String NO_STORE = "no-store";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Referrer-Policy", "no-referrer");
        if (!headers.containsKey(HttpHeaders.CACHE_CONTROL) && isJsonOrEmpty(response)) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, NO_STORE);
        }
    }

    private static boolean isJsonOrEmpty(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        return !response.hasEntity() || type == null
                || (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }
}
