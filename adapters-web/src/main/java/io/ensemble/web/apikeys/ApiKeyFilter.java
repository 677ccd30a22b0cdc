package io.ensemble.web.apikeys;

import io.ensemble.apikeys.ApiKey;
import io.ensemble.apikeys.ApiKeys;
import io.ensemble.apikeys.OnBehalfOf;
import io.ensemble.identity.Caller;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.web.audit.RequestOrigins;
import io.ensemble.web.ratelimit.RateLimiter;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Authenticates servers by API key (issue 26 §3): a request with {@code Authorization: Bearer ens_live_…}
 * is checked here, before the access-token filter, on every route: unknown, revoked or expired key →
 * 401 {@code INVALID_API_KEY} (looked up on every request, so revocation is immediate); a route without
 * {@link ApiKeyScope}, or naming a scope the key lacks → 403 {@code API_KEY_SCOPE}; over the per-key rate
 * limit → 429. Each accepted use is audited ({@code api_key_used}). The key then acts as
 * {@link ApiKeys#callerOf} (its creator's id, role ADMIN), limited to its scoped routes; on a route marked
 * {@link ApiKeyScope#onBehalfOf()} it acts as the active user its {@code On-Behalf-Of} header names
 * ({@link OnBehalfOf}; 400 otherwise), and the use is audited with that user. Other bearer tokens pass
 * through untouched.
 */
public final class ApiKeyFilter implements DynamicFeature {
    /** Request property set when a request was authenticated by an API key (the {@link ApiKey}). */
    public static final String API_KEY = "ensemble.apiKey";

    private final ApiKeys keys;
    private final OnBehalfOf onBehalfOf;
    private final RateLimiter limiter;

    /**
     * @param onBehalfOf resolves the user a key acts for on person routes
     * @param limiter per-key requests per window
     */
    public ApiKeyFilter(ApiKeys keys, OnBehalfOf onBehalfOf, RateLimiter limiter) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.onBehalfOf = Objects.requireNonNull(onBehalfOf, "onBehalfOf");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        ApiKeyScope scope = Optional.ofNullable(resource.getResourceMethod().getAnnotation(ApiKeyScope.class))
                .orElse(resource.getResourceClass().getAnnotation(ApiKeyScope.class));
        context.register(new Check(Optional.ofNullable(scope)));
    }

    @Priority(Priorities.AUTHENTICATION - 100)
    private final class Check implements ContainerRequestFilter {
        private final Optional<ApiKeyScope> scope;
        @jakarta.ws.rs.core.Context
        private HttpServletRequest http;

        Check(Optional<ApiKeyScope> scope) {
            this.scope = scope;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
            if (header == null || !header.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
                return;
            }
            String token = header.substring("bearer ".length()).strip();
            if (!token.startsWith(ApiKeys.PREFIX)) {
                return;
            }
            ApiKey key = keys.authenticate(token);
            if (scope.isEmpty() || !key.allows(scope.get().value())) {
                throw new Forbidden("API_KEY_SCOPE", "This API key may not use this route"
                        + scope.map(s -> "; it needs the scope " + s.value()).orElse("") + ".");
            }
            limiter.acquire("api-key:" + key.id());
            Caller caller = scope.get().onBehalfOf()
                    ? onBehalfOf.caller(key, request.getHeaderString(OnBehalfOf.HEADER))
                    : ApiKeys.callerOf(key);
            String route = request.getMethod() + " /" + request.getUriInfo().getPath();
            keys.recordUse(key, scope.get().onBehalfOf() ? route + " on behalf of " + caller.userId() : route,
                    RequestOrigins.of(http));
            SecurityContext original = request.getSecurityContext();
            request.setProperty(API_KEY, key);
            request.setSecurityContext(new SecurityContext() {
                @Override
                public Principal getUserPrincipal() {
                    return caller;
                }

                @Override
                public boolean isUserInRole(String role) {
                    return caller.role().name().equals(role);
                }

                @Override
                public boolean isSecure() {
                    return original != null && original.isSecure();
                }

                @Override
                public String getAuthenticationScheme() {
                    return "ApiKey";
                }
            });
        }
    }
}
