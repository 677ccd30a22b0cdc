package io.ensemble.web.identity;

import io.dropwizard.auth.AuthFilter;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.security.Principal;
import java.util.Locale;

/**
 * Bearer authentication for REST that reads the token only from {@code Authorization: Bearer <token>}
 * (issue 28 §6). Dropwizard's {@code OAuthCredentialAuthFilter} also takes {@code ?access_token=} from
 * the URL, where tokens end up in access logs, proxies and browser history; REST refuses that here.
 * The WebSocket and Socket.IO handshakes authenticate on their own and keep their query token.
 *
 * @param <P> the authenticated principal
 */
@Priority(Priorities.AUTHENTICATION)
public final class HeaderBearerAuthFilter<P extends Principal> extends AuthFilter<String, P> {

    private HeaderBearerAuthFilter() {
    }

    /**
     * Authenticates the header's token, or answers the unauthorized handler's 401 when the header
     * is missing, not a bearer token, or the authenticator refuses it.
     */
    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getProperty(io.ensemble.web.apikeys.ApiKeyFilter.API_KEY) != null) {
            return; // authenticated by API key (issue 26 §3)
        }
        String credentials = bearerToken(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION), prefix);
        if (!authenticate(request, credentials, "Bearer")) {
            throw new WebApplicationException(unauthorizedHandler.buildResponse(prefix, realm));
        }
    }

    /**
     * @param header the {@code Authorization} header, or {@code null}
     * @param scheme the expected scheme, e.g. {@code Bearer} (matched case-insensitively)
     * @return the token after {@code "<scheme> "}, or {@code null} when absent or of another scheme
     */
    static String bearerToken(String header, String scheme) {
        if (header == null) {
            return null;
        }
        int space = header.indexOf(' ');
        if (space <= 0 || !header.substring(0, space).toLowerCase(Locale.ROOT)
                .equals(scheme.toLowerCase(Locale.ROOT))) {
            return null;
        }
        String token = header.substring(space + 1).strip();
        return token.isEmpty() ? null : token;
    }

    /** Builds the filter like Dropwizard's other auth filters (authenticator, prefix, realm, handler). */
    public static final class Builder<P extends Principal>
            extends AuthFilterBuilder<String, P, HeaderBearerAuthFilter<P>> {
        @Override
        protected HeaderBearerAuthFilter<P> newInstance() {
            return new HeaderBearerAuthFilter<>();
        }
    }
}
