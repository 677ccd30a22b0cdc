package io.ensemble.integrations.social;

import com.fasterxml.jackson.databind.JsonNode;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.social.GrantRevoked;
import io.ensemble.social.Platform;
import io.ensemble.social.ProfileAndStats;
import io.ensemble.social.ProviderProfile;
import io.ensemble.social.ProviderRejected;
import io.ensemble.social.ProviderTokens;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * TikTok Login Kit v2 for web (developers.tiktok.com "Login Kit for Web", "Manage User Access Tokens",
 * "Get User Info"): authorize at {@code /v2/auth/authorize/}, tokens from {@code POST /v2/oauth/token/}
 * (form-encoded; refresh tokens rotate, so the newest is returned), profile and counts from
 * {@code GET /v2/user/info/?fields=...}. Follower counts need the {@code user.info.stats} scope; a grant
 * without it is refused. PKCE is documented for desktop and mobile only, so the web flow does not use it.
 */
public final class TikTokProvider extends OAuthCodeGrantProvider {
    /** Scopes requested: basic identity, profile (username) and stats (follower counts). */
    static final String SCOPES = "user.info.basic,user.info.profile,user.info.stats";
    private static final String FIELDS = "open_id,union_id,avatar_url,display_name,username,follower_count,"
            + "following_count,likes_count,video_count";

    /** @param settings client key/secret, redirect URI and base URLs */
    public TikTokProvider(OAuthClientSettings settings, Clock clock) {
        super(Platform.TIKTOK, new Flow("TikTok", "TikTok", "/v2/auth/authorize/", "/v2/oauth/token/", false),
                settings, clock);
    }

    @Override
    Map<String, String> authorizationParams(String state) {
        return ProviderHttp.params("client_key", settings.clientId(), "response_type", "code", "scope", SCOPES,
                "redirect_uri", settings.redirectUri(), "state", state);
    }

    /** TikTok names the client {@code client_key}. */
    @Override
    ProviderHttp.Answer tokenRequest(Map<String, String> form) {
        Map<String, String> all = ProviderHttp.params("client_key", settings.clientId(),
                "client_secret", settings.clientSecret());
        all.putAll(form);
        return http.postForm(tokenUri(), all);
    }

    @Override
    ProviderTokens granted(ProviderTokens tokens) {
        if (!tokens.scopes().contains("user.info.stats")) {
            throw new ProviderRejected(ProviderRejected.SCOPE_NOT_GRANTED,
                    "TikTok did not grant user.info.stats, which follower counts need; link again and allow it.");
        }
        return tokens;
    }

    @Override
    public ProfileAndStats fetchProfileAndStats(String accessToken) {
        ProviderHttp.Answer a = getWithBearer(api("/v2/user/info/", "fields", FIELDS), accessToken);
        String errorCode = TokenAnswers.text(a.body().path("error"), "code").orElse(a.ok() ? "ok" : "unknown");
        switch (errorCode) {
            case "ok" -> {
            }
            case "access_token_invalid" -> throw new GrantRevoked("TikTok access was revoked or expired.");
            case "scope_not_authorized", "scope_permission_missed" -> throw new ProviderRejected(
                    ProviderRejected.SCOPE_NOT_GRANTED, "TikTok did not grant the scopes follower counts need.");
            default -> throw http.malformed();
        }
        JsonNode user = a.body().path("data").path("user");
        String openId = TokenAnswers.text(user, "open_id").orElseThrow(http::malformed);
        String username = TokenAnswers.text(user, "username").or(() -> TokenAnswers.text(user, "display_name"))
                .orElse(openId);
        return new ProfileAndStats(
                new ProviderProfile(openId, username, TokenAnswers.text(user, "display_name"),
                        TokenAnswers.text(user, "avatar_url")),
                TokenAnswers.number(user, "follower_count").orElseThrow(http::malformed),
                TokenAnswers.number(user, "following_count"), TokenAnswers.number(user, "video_count"));
    }

    /**
     * Revokes the access token and disconnects the app ({@code POST /v2/oauth/revoke/} with form fields
     * {@code client_key}, {@code client_secret}, {@code token}; developers.tiktok.com "Revoke a User Access Token").
     * Success is an empty body or {@code {}}; errors use the OAuth error struct ({@code error},
     * {@code error_description}, {@code log_id}), sometimes with HTTP 200. {@code invalid_grant} and
     * {@code access_token_invalid} mean the token is already unusable, which counts as revoked.
     *
     * @throws ProviderUnavailable for 5xx or refused client credentials; {@code UpstreamFailed} for other errors
     */
    @Override
    public boolean revoke(ProviderTokens tokens) {
        URI revoke = OAuthClientSettings.at(settings.tokenBase(), "/v2/oauth/revoke/");
        ProviderHttp.Answer a = http.postFormMaybeEmpty(revoke, ProviderHttp.params("client_key", settings.clientId(), "client_secret", settings.clientSecret(),
                        "token", tokens.accessToken()));
        Optional<String> error = TokenAnswers.text(a.body(), "error");
        if (error.isEmpty() && a.ok()) {
            return true;
        }
        return switch (error.orElse("")) {
            case "invalid_grant", "access_token_invalid" -> true;
            case "invalid_client", "unauthorized_client" -> throw new ProviderUnavailable(
                    "TikTok rejected our client credentials; check TIKTOK_CLIENT_ID and TIKTOK_CLIENT_SECRET.");
            default -> throw http.malformed();
        };
    }

    /** TikTok answers token errors as {@code {"error", "error_description", "log_id"}}, sometimes with HTTP 200. */
    @Override
    void checkTokenAnswer(ProviderHttp.Answer a, boolean refreshing) {
        Optional<String> error = TokenAnswers.text(a.body(), "error");
        if (error.isEmpty() && a.ok()) {
            return;
        }
        switch (error.orElse("invalid_request")) {
            case "invalid_grant" -> throw refreshing ? new GrantRevoked("TikTok refused the refresh token.")
                    : new ProviderRejected(ProviderRejected.CODE_REJECTED,
                    "TikTok refused the authorization code (expired or already used); link again.");
            case "invalid_scope" -> throw new ProviderRejected(ProviderRejected.SCOPE_NOT_GRANTED,
                    "TikTok refused the requested scopes (invalid_scope).");
            case "access_denied" -> throw new ProviderRejected(ProviderRejected.ACCESS_DENIED,
                    "Access was declined at TikTok.");
            case "invalid_client", "unauthorized_client" -> throw new ProviderUnavailable(
                    "TikTok rejected our client credentials; check TIKTOK_CLIENT_ID and TIKTOK_CLIENT_SECRET.");
            default -> throw refreshing ? new ProviderUnavailable("TikTok refused the refresh request; try later.")
                    : new ProviderRejected(ProviderRejected.CODE_REJECTED, "TikTok refused the authorization code.");
        }
    }
}
