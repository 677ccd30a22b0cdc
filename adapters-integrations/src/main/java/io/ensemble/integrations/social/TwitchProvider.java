package io.ensemble.integrations.social;

import com.fasterxml.jackson.databind.JsonNode;
import io.ensemble.social.Platform;
import io.ensemble.social.ProfileAndStats;
import io.ensemble.social.ProviderProfile;
import io.ensemble.social.ProviderTokens;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Twitch authorization code grant (dev.twitch.tv "Getting OAuth Access Tokens", "Refreshing Access Tokens",
 * Helix "Get Users", "Get Channel Followers"): authorize at {@code /oauth2/authorize} with
 * {@code moderator:read:followers}, tokens from {@code POST /oauth2/token} (scope is a JSON array; refresh
 * tokens are returned anew on refresh), the user from {@code GET /helix/users} and the follower
 * {@code total} from {@code GET /helix/channels/followers?broadcaster_id=}. Helix calls carry
 * {@code Client-Id}. Twitch does not support PKCE.
 */
public final class TwitchProvider extends OAuthCodeGrantProvider {
    static final String SCOPE = "moderator:read:followers";

    /** @param settings client id/secret, redirect URI, base URLs (id.twitch.tv, id.twitch.tv, api.twitch.tv) */
    public TwitchProvider(OAuthClientSettings settings, Clock clock) {
        super(Platform.TWITCH, new Flow("Twitch", "Twitch", "/oauth2/authorize", "/oauth2/token", false),
                settings, clock);
    }

    @Override
    Map<String, String> authorizationParams(String state) {
        return ProviderHttp.params("response_type", "code", "client_id", settings.clientId(),
                "redirect_uri", settings.redirectUri(), "scope", SCOPE, "state", state);
    }

    /** Helix errors: {@code {"error": "Unauthorized", "status": 401, "message": "Invalid OAuth token"}}. */
    @Override
    public ProfileAndStats fetchProfileAndStats(String accessToken) {
        ProviderHttp.Answer users = helix(api("/helix/users"), accessToken);
        JsonNode user = users.body().path("data").path(0);
        String id = TokenAnswers.text(user, "id").orElseThrow(http::malformed);
        String login = TokenAnswers.text(user, "login").orElseThrow(http::malformed);
        ProviderHttp.Answer followers = helix(api("/helix/channels/followers", "broadcaster_id", id, "first", "1"),
                accessToken);
        long total = TokenAnswers.number(followers.body(), "total").orElseThrow(http::malformed);
        return new ProfileAndStats(new ProviderProfile(id, login, TokenAnswers.text(user, "display_name"),
                TokenAnswers.text(user, "profile_image_url")), total, OptionalLong.empty(), OptionalLong.empty());
    }

    /**
     * Revokes the access token ({@code POST /oauth2/revoke} with {@code client_id} and {@code token}, dev.twitch.tv
     * "Revoking Access Tokens"): 200 revoked; 400 "Invalid token" means it is already unusable.
     */
    @Override
    public boolean revoke(ProviderTokens tokens) {
        int status = http.postFormForStatus(OAuthClientSettings.at(settings.tokenBase(), "/oauth2/revoke"),
                ProviderHttp.params("client_id", settings.clientId(), "token", tokens.accessToken()));
        if (status == 200 || status == 400) {
            return true;
        }
        throw http.malformed();
    }

    /** GETs a Helix resource (with {@code Client-Id}); its errors mapped. */
    private ProviderHttp.Answer helix(URI uri, String accessToken) {
        ProviderHttp.Answer a = getWithBearer(uri, accessToken, "Client-Id", settings.clientId());
        failOnApiError(a, "Twitch access was revoked or expired.",
                "Twitch did not grant " + SCOPE + "; link again and allow it.");
        return a;
    }
}
