package io.ensemble.web.identity;

import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.UnauthorizedHandler;
import io.ensemble.identity.Caller;
import io.ensemble.identity.SessionService;
import io.ensemble.web.errors.ErrorResponses;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Registers bearer-token authentication: {@code Authorization: Bearer <access token>} resolves to
 * a {@link Caller} injected with {@code @Auth}. Token errors surface as the domain's
 * {@link io.ensemble.shared.errors.Unauthenticated} (401 with its code); a missing header is a plain 401.
 * The token is read from the header only, never from {@code ?access_token=} (issue 28 §6).
 */
public final class BearerAuthentication {
    private BearerAuthentication() {
    }

    /**
     * The 401 for a request without a bearer token. Jersey does not pass a response that already
     * has an entity through the exception mappers, so the error body is built here.
     */
    private static Response missingToken(String prefix, String realm) {
        return Response.fromResponse(ErrorResponses.of(401, "UNAUTHENTICATED",
                        "Send a valid access token: Authorization: Bearer <token>."))
                .header(HttpHeaders.WWW_AUTHENTICATE, prefix + " realm=\"" + realm + "\"")
                .build();
    }

    /** Adds the auth filter and the {@code @Auth Caller} binder to {@code jersey}. */
    public static void register(ResourceConfig jersey, SessionService sessions) {
        jersey.register(new AuthDynamicFeature(new HeaderBearerAuthFilter.Builder<Caller>()
                .setAuthenticator(token -> Optional.of(sessions.authenticate(token)))
                .setPrefix("Bearer")
                .setRealm("ensemble")
                .setUnauthorizedHandler(new UnauthorizedHandler() {
                    @Override
                    public Response buildResponse(String prefix, String realm) {
                        return missingToken(prefix, realm);
                    }
                })
                .buildAuthFilter()));
        jersey.register(new AuthValueFactoryProvider.Binder<>(Caller.class));
    }
}
