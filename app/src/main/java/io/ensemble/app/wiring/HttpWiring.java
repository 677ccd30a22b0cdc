package io.ensemble.app.wiring;

import io.dropwizard.core.setup.Environment;
import io.ensemble.app.config.HttpConfig;
import io.ensemble.web.errors.DomainExceptionMapper;
import io.ensemble.web.errors.IdempotencyKeyReusedMapper;
import io.ensemble.web.errors.JsonExceptionMapper;
import io.ensemble.web.errors.UnhandledExceptionMapper;
import io.ensemble.web.errors.WebApplicationExceptionMapper;
import io.ensemble.web.forwarded.TrustedProxyCustomizer;
import io.ensemble.web.http.BodySizeLimitFilter;
import io.ensemble.web.http.CallerLogContext;
import io.ensemble.web.http.IdempotencyHeaders;
import io.ensemble.web.http.RequestIdFilter;
import io.ensemble.web.http.SecurityHeadersFilter;
import io.ensemble.web.http.UnreadBodyFilter;
import io.ensemble.web.ratelimit.GeneralRateLimitFilter;
import io.ensemble.web.ratelimit.RateLimiter;
import io.ensemble.web.text.NulParameterFilter;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.handler.CrossOriginHandler;

/**
 * Wires the API port's edge, shared by every route (CONVENTIONS §HTTP API, DESIGN §Security): the error
 * body mappers, the body-size, NUL, security-header and general rate-limit filters, the caller's log
 * context, the request id, CORS for {@code http.corsAllowedOrigins} and the trusted proxies of
 * {@code http.trustedProxies}. Jersey orders its filters by their priorities, so this may run after the
 * contexts registered their resources.
 */
public final class HttpWiring {
    /** How long browsers may cache a CORS preflight answer. */
    public static final Duration PREFLIGHT_MAX_AGE = Duration.ofMinutes(10);

    private HttpWiring() {
    }

    /**
     * Registers the edge.
     *
     * @param http the {@code http} section
     * @param maxMultipartBytes the largest upload request ({@code media.maxRequestSize})
     * @param general the general per-user limit (seed 001: 1000 per 15 minutes)
     */
    public static void register(Environment env, HttpConfig http, long maxMultipartBytes, RateLimiter general) {
        var jersey = env.jersey();
        jersey.register(new DomainExceptionMapper(env.metrics().meter("http.rate-limited")::mark));
        jersey.register(new IdempotencyKeyReusedMapper());
        jersey.register(new JsonExceptionMapper());
        jersey.register(new WebApplicationExceptionMapper());
        jersey.register(new UnhandledExceptionMapper());
        jersey.register(new BodySizeLimitFilter(http.getMaxBodyBytes(), maxMultipartBytes));
        jersey.register(new UnreadBodyFilter());
        jersey.register(new SecurityHeadersFilter());
        jersey.register(new NulParameterFilter());
        jersey.register(new GeneralRateLimitFilter(general));
        jersey.register(new CallerLogContext());
        env.servlets().addFilter("request-id", new RequestIdFilter())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
        installCors(env, http);
        TrustedProxyCustomizer.install(env.lifecycle(), http.trustedProxies());
    }

    private static void installCors(Environment env, HttpConfig http) {
        Set<String> origins = http.allowedOrigins();
        if (origins.isEmpty()) {
            return;
        }
        CrossOriginHandler cors = new CrossOriginHandler();
        cors.setAllowedOriginPatterns(origins.stream().map(Pattern::quote).collect(Collectors.toSet()));
        cors.setAllowedMethods(Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(Set.of("Authorization", "Content-Type", "Idempotency-Key", RequestIdFilter.HEADER));
        cors.setExposedHeaders(Set.of(RequestIdFilter.HEADER, "Retry-After", IdempotencyHeaders.REPLAYED));
        cors.setAllowCredentials(true);
        cors.setPreflightMaxAge(PREFLIGHT_MAX_AGE);
        // By default CrossOriginHandler answers a WebSocket upgrade from an Origin outside the list
        // itself, with a bare 400 "origin not allowed", before the /ws and /socket.io/ creators run.
        // Deliver it, so UpgradeOrigins (same list) refuses it with 403 and the API's error body.
        cors.setDeliverNonAllowedOriginWebSocketUpgradeRequests(true);
        env.getApplicationContext().insertHandler(cors);
    }
}
