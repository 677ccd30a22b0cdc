package io.ensemble.web.identity;

import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.oauth.OAuthCredentialAuthFilter;
import io.ensemble.identity.Caller;
import io.ensemble.identity.SessionService;
import java.util.Optional;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Registers bearer-token authentication: {@code Authorization: Bearer <access token>} resolves to
 * a {@link Caller} injected with {@code @Auth}. Token errors surface as the domain's
 * {@link io.ensemble.shared.Unauthenticated} (401 with its code); a missing header is a plain 401.
 */
public final class BearerAuthentication {
    private BearerAuthentication() {
    }

    /** Adds the auth filter and the {@code @Auth Caller} binder to {@code jersey}. */
    public static void register(ResourceConfig jersey, SessionService sessions) {
        jersey.register(new AuthDynamicFeature(new OAuthCredentialAuthFilter.Builder<Caller>()
                .setAuthenticator(token -> Optional.of(sessions.authenticate(token)))
                .setPrefix("Bearer")
                .setRealm("ensemble")
                .buildAuthFilter()));
        jersey.register(new AuthValueFactoryProvider.Binder<>(Caller.class));
    }
}
