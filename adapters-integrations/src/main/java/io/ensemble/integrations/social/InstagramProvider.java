package io.ensemble.integrations.social;

import com.fasterxml.jackson.databind.JsonNode;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.errors.RateLimited;
import io.ensemble.social.GrantRevoked;
import io.ensemble.social.Platform;
import io.ensemble.social.ProfileAndStats;
import io.ensemble.social.ProviderProfile;
import io.ensemble.social.ProviderRejected;
import io.ensemble.social.ProviderTokens;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Instagram API with Instagram Login (developers.facebook.com "Business Login for Instagram",
 * "Access Token", "Refresh Access Token"; Basic Display was shut down in December 2024): authorize at
 * {@code /oauth/authorize} with scope {@code instagram_business_basic}, exchange the code at
 * {@code POST /oauth/access_token} for a short-lived token, then at
 * {@code GET /access_token?grant_type=ig_exchange_token} for a 60-day long-lived one, which
 * {@code GET /refresh_access_token?grant_type=ig_refresh_token} renews (no refresh token exists: the
 * long-lived token refreshes itself once at least 24 hours old). Profile and counts from
 * {@code GET /<version>/me?fields=...}; only Business and Creator accounts can use this API, so a
 * personal account is refused with {@code ACCOUNT_NOT_SUPPORTED}. No PKCE.
 * <p>Revocation (issue 20 §4): Instagram Login tokens are used on graph.instagram.com, which documents no
 * revocation endpoint ({@code DELETE /{user-id}/permissions} belongs to Facebook Login on graph.facebook.com and
 * does not accept these tokens; the user removes the app in Instagram's settings, which calls the app's
 * deauthorize callback). {@link #revoke} therefore keeps the default {@code false}.
 */
public final class InstagramProvider extends OAuthCodeGrantProvider {
    /** Graph API version of the profile call. */
    static final String VERSION = "v23.0";
    static final String SCOPE = "instagram_business_basic";
    private static final String FIELDS = "user_id,username,name,account_type,profile_picture_url,followers_count,"
            + "follows_count,media_count";
    private static final Set<Integer> THROTTLED = Set.of(4, 17, 32, 613);

    /** @param settings app id/secret, redirect URI, base URLs (auth and token: api.instagram.com; api: graph.instagram.com) */
    public InstagramProvider(OAuthClientSettings settings, Clock clock) {
        super(Platform.INSTAGRAM, new Flow("Instagram", "Instagram", "/oauth/authorize", "/oauth/access_token",
                false), settings, clock);
    }

    @Override
    Map<String, String> authorizationParams(String state) {
        return ProviderHttp.params("client_id", settings.clientId(), "redirect_uri", settings.redirectUri(),
                "response_type", "code", "scope", SCOPE, "state", state);
    }

    /** Exchanges the code for a short-lived token, then that for the 60-day long-lived one. */
    @Override
    public ProviderTokens exchangeCode(String code, Optional<String> codeVerifier) {
        ProviderHttp.Answer a = tokenRequest(ProviderHttp.params("grant_type", "authorization_code",
                "redirect_uri", settings.redirectUri(), "code", code));
        if (!a.ok()) {
            String type = TokenAnswers.text(a.body(), "error_type").orElse("");
            if (a.status() == 400 || "OAuthException".equals(type)) {
                throw new ProviderRejected(ProviderRejected.CODE_REJECTED,
                        "Instagram refused the authorization code (expired or already used); link again.");
            }
            throw http.malformed();
        }
        // Current answer: {"data": [{"access_token", "user_id", "permissions"}]}; older: the same fields flat.
        JsonNode shortLived = a.body().has("data") ? a.body().path("data").path(0) : a.body();
        String shortToken = TokenAnswers.text(shortLived, "access_token").orElseThrow(http::malformed);
        List<String> permissions = TokenAnswers.scopes(shortLived.get("permissions"));
        if (!permissions.isEmpty() && !permissions.contains(SCOPE)) {
            throw new ProviderRejected(ProviderRejected.SCOPE_NOT_GRANTED,
                    "Instagram did not grant " + SCOPE + "; link again and allow it.");
        }
        ProviderHttp.Answer longLived = http.get(api("/access_token", "grant_type", "ig_exchange_token",
                "client_secret", settings.clientSecret(), "access_token", shortToken));
        failOnGraphError(longLived);
        ProviderTokens tokens = TokenAnswers.read(http, longLived.body(), Optional.empty(), clock);
        return new ProviderTokens(tokens.accessToken(), Optional.empty(), tokens.expiresAt(),
                permissions.isEmpty() ? List.of(SCOPE) : permissions);
    }

    /** The long-lived access token is itself refreshable. */
    @Override
    public boolean canRefresh(ProviderTokens tokens) {
        return true;
    }

    @Override
    public ProviderTokens refresh(ProviderTokens current) {
        ProviderHttp.Answer a = http.get(api("/refresh_access_token", "grant_type", "ig_refresh_token",
                "access_token", current.accessToken()));
        failOnGraphError(a);
        ProviderTokens renewed = TokenAnswers.read(http, a.body(), Optional.empty(), clock);
        return new ProviderTokens(renewed.accessToken(), Optional.empty(), renewed.expiresAt(), current.scopes());
    }

    @Override
    public ProfileAndStats fetchProfileAndStats(String accessToken) {
        ProviderHttp.Answer a = http.get(api("/" + VERSION + "/me", "fields", FIELDS, "access_token", accessToken));
        failOnGraphError(a);
        JsonNode me = a.body();
        String type = TokenAnswers.text(me, "account_type").orElse("");
        if ("PERSONAL".equals(type)) {
            throw new ProviderRejected(ProviderRejected.ACCOUNT_NOT_SUPPORTED,
                    "This is a personal Instagram account; switch it to a Business or Creator account and link again.");
        }
        String id = TokenAnswers.text(me, "user_id").or(() -> TokenAnswers.text(me, "id")).orElseThrow(http::malformed);
        String username = TokenAnswers.text(me, "username").orElseThrow(http::malformed);
        return new ProfileAndStats(new ProviderProfile(id, username, TokenAnswers.text(me, "name"),
                TokenAnswers.text(me, "profile_picture_url")),
                TokenAnswers.number(me, "followers_count").orElseThrow(http::malformed),
                TokenAnswers.number(me, "follows_count"), TokenAnswers.number(me, "media_count"));
    }

    /**
     * Graph API errors: {@code {"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}}}. Code 190
     * is an invalid/expired/revoked token; 4, 17, 32, 613 are rate limits; 10 and 200-299 are missing permissions.
     */
    private void failOnGraphError(ProviderHttp.Answer a) {
        JsonNode error = a.body().get("error");
        if (a.ok() && error == null) {
            return;
        }
        int code = error == null ? -1 : error.path("code").asInt(-1);
        if (code == 190 || a.status() == 401) {
            throw new GrantRevoked("Instagram access was revoked or expired.");
        }
        if (THROTTLED.contains(code)) {
            throw new RateLimited("Instagram is rate limiting us; try again later.", 3600);
        }
        if (code == 10 || (code >= 200 && code < 300)) {
            throw new ProviderRejected(ProviderRejected.SCOPE_NOT_GRANTED,
                    "Instagram did not grant the permissions we need; link again and allow them.");
        }
        if (code == 2 || code == 1) {
            throw new ProviderUnavailable("Instagram is temporarily unavailable; try again shortly.");
        }
        throw http.malformed();
    }
}
