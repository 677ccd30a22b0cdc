package io.ensemble.integrations.social;

import com.fasterxml.jackson.databind.JsonNode;
import io.ensemble.shared.RateLimited;
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
 * YouTube through Google OAuth 2.0 for web server apps (developers.google.com "Using OAuth 2.0 for Web
 * Server Applications", YouTube Data API v3 "Channels: list"): authorize at {@code /o/oauth2/v2/auth} with
 * {@code youtube.readonly}, {@code access_type=offline}, {@code prompt=consent} (so a refresh token is
 * issued) and PKCE S256; tokens from {@code POST /token}; counts from
 * {@code GET /youtube/v3/channels?part=snippet,statistics&mine=true} (subscriberCount, videoCount as
 * strings). Google keeps the refresh token across refreshes.
 */
public final class YouTubeProvider implements SocialProvider {
    static final String SCOPE = "https://www.googleapis.com/auth/youtube.readonly";

    private final OAuthClientSettings settings;
    private final ProviderHttp http;
    private final Clock clock;

    /** @param settings client id/secret, redirect URI, base URLs (accounts.google.com, oauth2.googleapis.com, www.googleapis.com) */
    public YouTubeProvider(OAuthClientSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = new ProviderHttp("YouTube", settings.timeout());
    }

    @Override
    public Platform platform() {
        return Platform.YOUTUBE;
    }

    @Override
    public boolean usesPkce() {
        return true;
    }

    @Override
    public URI authorizationUrl(String state, Optional<String> pkceChallenge) {
        var p = ProviderHttp.params("client_id", settings.clientId(), "redirect_uri", settings.redirectUri(),
                "response_type", "code", "scope", SCOPE, "access_type", "offline", "include_granted_scopes", "true",
                "prompt", "consent", "state", state);
        pkceChallenge.ifPresent(c -> {
            p.put("code_challenge", c);
            p.put("code_challenge_method", "S256");
        });
        return URI.create(OAuthClientSettings.at(settings.authBase(), "/o/oauth2/v2/auth") + "?" + ProviderHttp.query(p));
    }

    @Override
    public ProviderTokens exchangeCode(String code, Optional<String> codeVerifier) {
        var form = ProviderHttp.params("code", code, "client_id", settings.clientId(), "client_secret",
                settings.clientSecret(), "redirect_uri", settings.redirectUri(), "grant_type", "authorization_code");
        codeVerifier.ifPresent(v -> form.put("code_verifier", v));
        ProviderHttp.Answer a = http.postForm(tokenUri(), form);
        StandardTokenErrors.check(a, "Google", false, "YOUTUBE_CLIENT_ID and YOUTUBE_CLIENT_SECRET");
        ProviderTokens tokens = TokenAnswers.read(http, a.body(), Optional.empty(), clock);
        if (!tokens.scopes().isEmpty() && !tokens.scopes().contains(SCOPE)
                && !tokens.scopes().contains("https://www.googleapis.com/auth/youtube")) {
            throw new ProviderRejected(ProviderRejected.SCOPE_NOT_GRANTED,
                    "Google did not grant read access to YouTube; link again and allow it.");
        }
        return tokens;
    }

    @Override
    public boolean canRefresh(ProviderTokens tokens) {
        return tokens.refreshToken().isPresent();
    }

    @Override
    public ProviderTokens refresh(ProviderTokens current) {
        String refresh = current.refreshToken().orElseThrow(() -> new GrantRevoked("Google gave no refresh token."));
        ProviderHttp.Answer a = http.postForm(tokenUri(), ProviderHttp.params("client_id", settings.clientId(),
                "client_secret", settings.clientSecret(), "grant_type", "refresh_token", "refresh_token", refresh));
        StandardTokenErrors.check(a, "Google", true, "YOUTUBE_CLIENT_ID and YOUTUBE_CLIENT_SECRET");
        ProviderTokens renewed = TokenAnswers.read(http, a.body(), current.refreshToken(), clock);
        return renewed.scopes().isEmpty() ? new ProviderTokens(renewed.accessToken(), renewed.refreshToken(),
                renewed.expiresAt(), current.scopes()) : renewed;
    }

    @Override
    public ProfileAndStats fetchProfileAndStats(String accessToken) {
        URI uri = URI.create(OAuthClientSettings.at(settings.apiBase(), "/youtube/v3/channels") + "?"
                + ProviderHttp.query(ProviderHttp.params("part", "snippet,statistics", "mine", "true")));
        ProviderHttp.Answer a = http.get(uri, "Authorization", "Bearer " + accessToken);
        failOnApiError(a);
        JsonNode items = a.body().get("items");
        if (items == null || !items.isArray()) {
            if (a.body().path("pageInfo").path("totalResults").asInt(-1) == 0) {
                throw noChannel();
            }
            throw http.malformed();
        }
        if (items.isEmpty()) {
            throw noChannel();
        }
        JsonNode channel = items.get(0);
        JsonNode snippet = channel.path("snippet");
        JsonNode stats = channel.path("statistics");
        String id = TokenAnswers.text(channel, "id").orElseThrow(http::malformed);
        String title = TokenAnswers.text(snippet, "title").orElse(id);
        String handle = TokenAnswers.text(snippet, "customUrl").map(h -> h.startsWith("@") ? h.substring(1) : h)
                .orElse(title);
        if (stats.isMissingNode()) {
            throw http.malformed();
        }
        OptionalLong subscribers = TokenAnswers.number(stats, "subscriberCount");
        boolean hidden = stats.path("hiddenSubscriberCount").asBoolean(false);
        if (subscribers.isEmpty() && !hidden) {
            throw http.malformed();
        }
        return new ProfileAndStats(new ProviderProfile(id, handle, Optional.of(title),
                TokenAnswers.text(snippet.path("thumbnails").path("default"), "url")),
                subscribers.orElse(0), OptionalLong.empty(), TokenAnswers.number(stats, "videoCount"));
    }

    private ProviderRejected noChannel() {
        return new ProviderRejected(ProviderRejected.ACCOUNT_NOT_SUPPORTED,
                "This Google account has no YouTube channel; create one and link again.");
    }

    /** Google API errors: {@code {"error": {"code", "message", "errors": [{"reason"}], "status"}}}. */
    private void failOnApiError(ProviderHttp.Answer a) {
        if (a.ok()) {
            return;
        }
        if (a.status() == 401) {
            throw new GrantRevoked("Google access to YouTube was revoked or expired.");
        }
        String reason = a.body().path("error").path("errors").path(0).path("reason").asText("");
        if (a.status() == 403 && (reason.equals("quotaExceeded") || reason.equals("rateLimitExceeded")
                || reason.equals("userRateLimitExceeded"))) {
            throw new RateLimited("The YouTube API quota is used up; try again later.", 3600);
        }
        if (a.status() == 403) {
            throw new ProviderRejected(ProviderRejected.SCOPE_NOT_GRANTED,
                    "Google did not grant read access to YouTube; link again and allow it.");
        }
        throw http.malformed();
    }

    private URI tokenUri() {
        return OAuthClientSettings.at(settings.tokenBase(), "/token");
    }
}
