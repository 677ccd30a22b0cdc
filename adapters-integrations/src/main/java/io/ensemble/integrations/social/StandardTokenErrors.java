package io.ensemble.integrations.social;

import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.social.GrantRevoked;
import io.ensemble.social.ProviderRejected;
import java.util.Set;

/**
 * RFC 6749 §5.2 token-endpoint errors ({@code {"error": "invalid_grant", "error_description": ...}}, HTTP 400/401)
 * as Google, Spotify and Twitch send them, mapped to the domain's errors. Twitch sends
 * {@code {"status": 400, "message": "Invalid authorization code"}} instead, read as {@code invalid_grant}.
 */
final class StandardTokenErrors {
    private static final Set<String> RFC_CODES = Set.of("invalid_request", "invalid_client", "invalid_grant",
            "unauthorized_client", "unsupported_grant_type", "invalid_scope");

    private StandardTokenErrors() {
    }

    /**
     * @param provider display name, e.g. {@code Google}
     * @param refreshing whether the request was a refresh (then a refused grant means the grant was revoked)
     * @param clientEnv the variables to check when our client credentials are refused
     */
    static void check(ProviderHttp.Answer a, String provider, boolean refreshing, String clientEnv) {
        if (a.ok()) {
            return;
        }
        String code = TokenAnswers.text(a.body(), "error").filter(RFC_CODES::contains)
                .orElse(a.status() == 400 ? "invalid_grant" : "invalid_client");
        switch (code) {
            case "invalid_grant" -> throw refreshing ? new GrantRevoked(provider + " refused the refresh token.")
                    : new ProviderRejected(ProviderRejected.CODE_REJECTED,
                    provider + " refused the authorization code (expired or already used); link again.");
            case "invalid_scope" -> throw new ProviderRejected(ProviderRejected.SCOPE_NOT_GRANTED,
                    provider + " refused the requested scopes (invalid_scope).");
            case "invalid_client", "unauthorized_client" -> throw new ProviderUnavailable(
                    provider + " rejected our client credentials; check " + clientEnv + ".");
            default -> throw refreshing ? new ProviderUnavailable(provider + " refused the refresh request; try later.")
                    : new ProviderRejected(ProviderRejected.CODE_REJECTED, provider + " refused the authorization code.");
        }
    }
}
