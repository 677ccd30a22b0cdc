package io.ensemble.web.ratelimit;

import io.ensemble.identity.Caller;
import io.ensemble.web.http.ClientAddress;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import java.security.Principal;

/**
 * The general API limit (seed 001: 1000 requests / 15 min): per authenticated user, or per IP for
 * anonymous requests. Runs after authentication. Routes under {@code /api/v1/auth/} other than
 * {@code me}, {@code refresh} and {@code logout} have their own stricter limit and are skipped here.
 */
@Priority(Priorities.AUTHORIZATION + 10)
public final class GeneralRateLimitFilter implements ContainerRequestFilter {
    private final RateLimiter limiter;

    @Context
    private HttpServletRequest servletRequest;

    public GeneralRateLimitFilter(RateLimiter limiter) {
        this.limiter = limiter;
    }

    /**
     * @return the bucket key of a user's requests; the realtime gateway takes its socket sends under
     *     the same key from the same limiter, so REST and sockets share one budget (issue 28)
     */
    public static String userKey(java.util.UUID userId) {
        return "user:" + userId;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("api/") || AuthRateLimits.isCredentialRoute(path)) {
            return;
        }
        Principal principal = request.getSecurityContext().getUserPrincipal();
        String key = principal instanceof Caller caller
                ? userKey(caller.userId())
                : "ip:" + ClientAddress.of(servletRequest);
        limiter.acquire(key);
    }
}
