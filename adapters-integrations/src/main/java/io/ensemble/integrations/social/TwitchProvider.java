package io.ensemble.integrations.social;

import com.fasterxml.jackson.databind.JsonNode;
import io.ensemble.social.GrantRevoked;
import io.ensemble.social.Platform;
import io.ensemble.social.ProfileAndStats;
import io.ensemble.social.ProviderProfile;
import io.ensemble.social.ProviderRejected;
import io.ensemble.social.ProviderTokens;
import io.ensemble.social.SocialProvider;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Twitch authorization code grant (dev.twitch.tv "Getting OAuth Access Tokens", "Refreshing Access Tokens",
 * Helix "Get Users", "Get Channel Followers"): authorize at {@code /oauth2/authorize} with
 * {@code moderator:read:followers}, tokens from {@code POST /oauth2/token} (scope is a JSON array; refresh
 * tokens are returned anew on refresh), the user from {@code GET /helix/users} and the follower
 * {@code total} from {@code GET /helix/channels/followers?broadcaster_id=}. Helix calls carry
 * {@code Client-Id}. Twitch does not support PKCE.
 */
public final class TwitchProvider implements SocialProvider {
    static final String SCOPE = "moderator:read:followers";

    private final OAuthClientSettings settings;
    private final ProviderHttp http;
    private final Clock clock;

    /** @param settings client id/secret, redirect URI, base URLs (id.twitch.tv, id.twitch.tv, api.twitch.tv) */
    public TwitchProvider(OAuthClientSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = new ProviderHttp("Twitch", settings.timeout());
    }

    @Override
    public Platform platform() {
        return Platform.TWITCH;
    }

    @Override
    public boolean usesPkce() {
        return false;
    }

    @Override
    public URI authorizationUrl(String state, Optional<String> pkceChallenge) {
        return URI.create(OAuthClientSettings.at(settings.authBase(), "/oauth2/authorize") + "?"
                + ProviderHttp.query(ProviderHttp.params("response_type", "code", "client_id", settings.clientId(),
                "redirect_uri", settings.redirectUri(), "scope", SCOPE, "state", state)));
    }

    @Override
    public ProviderTokens exchangeCode(String code, Optional<String> codeVerifier) {
        ProviderHttp.Answer a = http.postForm(tokenUri(), ProviderHttp.params("client_id", settings.clientId(),
                "client_secret", settings.clientSecret(), "code", code, "grant_type", "authorization_code",
                "redirect_uri", settings.redirectUri()));
        StandardTokenErrors.check(a, "Twitch", false, "TWITCH_CLIENT_ID and TWITCH_CLIENT_SECRET");
        return TokenAnswers.read(http, a.body(), Optional.empty(), clock);
    }

    @Override
    public boolean canRefresh(ProviderTokens tokens) {
        return tokens.refreshToken().isPresent();
    }

    @Override
    public ProviderTokens refresh(ProviderTokens current) {
        String refresh = current.refreshToken().orElseThrow(() -> new GrantRevoked("Twitch gave no refresh token."));
        ProviderHttp.Answer a = http.postForm(tokenUri(), ProviderHttp.params("client_id", settings.clientId(),
                "client_secret", settings.clientSecret(), "grant_type", "refresh_token", "refresh_token", refresh));
        StandardTokenErrors.check(a, "Twitch", true, "TWITCH_CLIENT_ID and TWITCH_CLIENT_SECRET");
        return TokenAnswers.read(http, a.body(), current.refreshToken(), clock);
    }

    @Override
    public ProfileAndStats fetchProfileAndStats(String accessToken) {
        ProviderHttp.Answer users = http.get(OAuthClientSettings.at(settings.apiBase(), "/helix/users"),
                "Authorization", "Bearer " + accessToken, "Client-Id", settings.clientId());
        failOnHelixError(users);
        JsonNode user = users.body().path("data").path(0);
        String id = TokenAnswers.text(user, "id").orElseThrow(http::malformed);
        String login = TokenAnswers.text(user, "login").orElseThrow(http::malformed);
        URI followersUri = URI.create(OAuthClientSettings.at(settings.apiBase(), "/helix/channels/followers") + "?"
                + ProviderHttp.query(ProviderHttp.params("broadcaster_id", id, "first", "1")));
        ProviderHttp.Answer followers = http.get(followersUri, "Authorization", "Bearer " + accessToken,
                "Client-Id", settings.clientId());
        failOnHelixError(followers);
        long total = TokenAnswers.number(followers.body(), "total").orElseThrow(http::malformed);
        return new ProfileAndStats(new ProviderProfile(id, login, TokenAnswers.text(user, "display_name"),
                TokenAnswers.text(user, "profile_image_url")), total, OptionalLong.empty(), OptionalLong.empty());
    }

    /** Helix errors: {@code {"error": "Unauthorized", "status": 401, "message": "Invalid OAuth token"}}. */
    private void failOnHelixError(ProviderHttp.Answer a) {
        if (a.ok()) {
            return;
        }
        if (a.status() == 401) {
            throw new GrantRevoked("Twitch access was revoked or expired.");
        }
        if (a.status() == 403) {
            throw new ProviderRejected(ProviderRejected.SCOPE_NOT_GRANTED,
                    "Twitch did not grant " + SCOPE + "; link again and allow it.");
        }
        throw http.malformed();
    }

    private URI tokenUri() {
        return OAuthClientSettings.at(settings.tokenBase(), "/oauth2/token");
    }
}
