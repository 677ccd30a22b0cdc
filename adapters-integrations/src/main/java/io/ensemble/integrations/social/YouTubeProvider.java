package io.ensemble.integrations.social;

import com.fasterxml.jackson.databind.JsonNode;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.errors.RateLimited;
import io.ensemble.shared.errors.UpstreamFailed;
import io.ensemble.social.Platform;
import io.ensemble.social.ProfileAndStats;
import io.ensemble.social.ProviderProfile;
import io.ensemble.social.ProviderRejected;
import io.ensemble.social.ProviderTokens;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
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
public final class YouTubeProvider extends OAuthCodeGrantProvider {
    static final String SCOPE = "https://www.googleapis.com/auth/youtube.readonly";

    /** @param settings client id/secret, redirect URI, base URLs (accounts.google.com, oauth2.googleapis.com, www.googleapis.com) */
    public YouTubeProvider(OAuthClientSettings settings, Clock clock) {
        super(Platform.YOUTUBE, new Flow("YouTube", "Google", "/o/oauth2/v2/auth", "/token", true), settings, clock);
    }

    @Override
    Map<String, String> authorizationParams(String state) {
        return ProviderHttp.params("client_id", settings.clientId(), "redirect_uri", settings.redirectUri(),
                "response_type", "code", "scope", SCOPE, "access_type", "offline", "include_granted_scopes", "true",
                "prompt", "consent", "state", state);
    }

    @Override
    ProviderTokens granted(ProviderTokens tokens) {
        if (!tokens.scopes().isEmpty() && !tokens.scopes().contains(SCOPE)
                && !tokens.scopes().contains("https://www.googleapis.com/auth/youtube")) {
            throw new ProviderRejected(ProviderRejected.SCOPE_NOT_GRANTED,
                    "Google did not grant read access to YouTube; link again and allow it.");
        }
        return tokens;
    }

    /** Google's refresh answer may omit {@code scope}: the current scopes are kept then. */
    @Override
    ProviderTokens renewed(ProviderTokens answer, ProviderTokens current) {
        return answer.scopes().isEmpty() ? new ProviderTokens(answer.accessToken(), answer.refreshToken(),
                answer.expiresAt(), current.scopes()) : answer;
    }

    @Override
    public ProfileAndStats fetchProfileAndStats(String accessToken) {
        ProviderHttp.Answer a = getWithBearer(api("/youtube/v3/channels", "part", "snippet,statistics",
                "mine", "true"), accessToken);
        failOnQuota(a);
        failOnApiError(a, "Google access to YouTube was revoked or expired.",
                "Google did not grant read access to YouTube; link again and allow it.");
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

    /**
     * Revokes the grant ({@code POST /revoke} on the token host with form field {@code token}, developers.google.com
     * "Using OAuth 2.0 for Web Server Applications", "Revoking a token"): the refresh token when stored (revoking it
     * revokes the whole grant), else the access token. 200 means revoked; 400 {@code invalid_token} means the token
     * is already expired or revoked, which counts as revoked.
     *
     * @throws UpstreamFailed for any other refusal; {@link ProviderUnavailable} for 5xx (the erasure step retries)
     */
    @Override
    public boolean revoke(ProviderTokens tokens) {
        ProviderHttp.Answer a = http.postFormMaybeEmpty(OAuthClientSettings.at(settings.tokenBase(), "/revoke"),
                ProviderHttp.params("token", tokens.refreshToken().orElse(tokens.accessToken())));
        if (a.ok() || (a.status() == 400 && "invalid_token".equals(a.body().path("error").asText("")))) {
            return true;
        }
        throw http.malformed();
    }

    private ProviderRejected noChannel() {
        return new ProviderRejected(ProviderRejected.ACCOUNT_NOT_SUPPORTED,
                "This Google account has no YouTube channel; create one and link again.");
    }

    /**
     * Google API errors: {@code {"error": {"code", "message", "errors": [{"reason"}], "status"}}}; a 403 whose
     * reason is a quota or rate limit is {@link RateLimited} for an hour.
     */
    private static void failOnQuota(ProviderHttp.Answer a) {
        String reason = a.body().path("error").path("errors").path(0).path("reason").asText("");
        if (a.status() == 403 && (reason.equals("quotaExceeded") || reason.equals("rateLimitExceeded")
                || reason.equals("userRateLimitExceeded"))) {
            throw new RateLimited("The YouTube API quota is used up; try again later.", 3600);
        }
    }
}
