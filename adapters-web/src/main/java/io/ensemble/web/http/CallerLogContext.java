package io.ensemble.web.http;

import io.ensemble.identity.Caller;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.uri.UriTemplate;
import org.slf4j.MDC;

/**
 * Puts who and what a request is into the log context (issue 29 §5): after authentication, the caller's id
 * as MDC {@value #USER_ID} and the matched route template (e.g. {@code /api/v1/orders/{id}}) as request
 * property {@value #ROUTE}, both also as request properties (servlet request attributes) for the JSON request
 * log. {@link RequestIdFilter} clears the MDC when the request ends.
 */
@Priority(Priorities.AUTHENTICATION + 1)
public final class CallerLogContext implements ContainerRequestFilter {
    /** MDC key and request attribute of the authenticated user's id. */
    public static final String USER_ID = "userId";
    /** Request attribute of the matched route template. */
    public static final String ROUTE = "route";

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext() != null
                && request.getSecurityContext().getUserPrincipal() instanceof Caller caller) {
            String id = caller.userId().toString();
            MDC.put(USER_ID, id);
            request.setProperty(USER_ID, id);
        }
        route(request.getUriInfo()).ifPresent(route -> request.setProperty(ROUTE, route));
    }

    private static java.util.Optional<String> route(UriInfo info) {
        if (!(info instanceof ExtendedUriInfo extended)) {
            return java.util.Optional.empty();
        }
        List<UriTemplate> templates = new ArrayList<>(extended.getMatchedTemplates());
        if (templates.isEmpty()) {
            return java.util.Optional.empty();
        }
        Collections.reverse(templates);
        StringBuilder route = new StringBuilder();
        for (UriTemplate t : templates) {
            String part = t.getTemplate();
            if (!part.isEmpty() && !part.equals("/")) {
                route.append(part.startsWith("/") ? "" : "/").append(part);
            }
        }
        return java.util.Optional.of(route.length() == 0 ? "/" : route.toString());
    }
}
