package io.ensemble.integrations.social;

import com.fasterxml.jackson.databind.JsonNode;
import io.ensemble.social.Platform;
import io.ensemble.social.ProfileAndStats;
import io.ensemble.social.ProviderProfile;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Spotify authorization code flow with PKCE (developer.spotify.com "Authorization Code with PKCE Flow",
 * "Refreshing tokens", Web API "Get Current User's Profile"): authorize at {@code /authorize}, tokens from
 * {@code POST /api/token} with HTTP Basic client authentication, profile and {@code followers.total} from
 * {@code GET /v1/me}. A refresh may or may not return a new refresh token; the current one is kept if not.
 * Spotify's Accounts service and Web API offer no token revocation endpoint (a user removes access under
 * "Manage apps" in their account), so {@link #revoke} keeps the default {@code false} (issue 20 §4).
 */
public final class SpotifyProvider extends OAuthCodeGrantProvider {
    static final String SCOPES = "user-read-private user-read-email";

    /** @param settings client id/secret, redirect URI, base URLs (accounts.spotify.com twice, api.spotify.com) */
    public SpotifyProvider(OAuthClientSettings settings, Clock clock) {
        super(Platform.SPOTIFY, new Flow("Spotify", "Spotify", "/authorize", "/api/token", true), settings, clock);
    }

    @Override
    Map<String, String> authorizationParams(String state) {
        return ProviderHttp.params("client_id", settings.clientId(), "response_type", "code", "redirect_uri",
                settings.redirectUri(), "state", state, "scope", SCOPES);
    }

    /** Spotify authenticates the client with HTTP Basic, not in the form. */
    @Override
    ProviderHttp.Answer tokenRequest(Map<String, String> form) {
        return http.postForm(tokenUri(), form, "Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (settings.clientId() + ":" + settings.clientSecret()).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public ProfileAndStats fetchProfileAndStats(String accessToken) {
        ProviderHttp.Answer a = getWithBearer(api("/v1/me"), accessToken);
        failOnApiError(a, "Spotify access was revoked or expired.",
                "Spotify refused access to the profile; link again and allow it.");
        JsonNode me = a.body();
        String id = TokenAnswers.text(me, "id").orElseThrow(http::malformed);
        long followers = TokenAnswers.number(me.path("followers"), "total").orElseThrow(http::malformed);
        return new ProfileAndStats(new ProviderProfile(id, id, TokenAnswers.text(me, "display_name"),
                TokenAnswers.text(me.path("images").path(0), "url")), followers, OptionalLong.empty(),
                OptionalLong.empty());
    }
}
