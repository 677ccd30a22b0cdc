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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Spotify authorization code flow with PKCE (developer.spotify.com "Authorization Code with PKCE Flow",
 * "Refreshing tokens", Web API "Get Current User's Profile"): authorize at {@code /authorize}, tokens from
 * {@code POST /api/token} with HTTP Basic client authentication, profile and {@code followers.total} from
 * {@code GET /v1/me}. A refresh may or may not return a new refresh token; the current one is kept if not.
 */
public final class SpotifyProvider implements SocialProvider {
    static final String SCOPES = "user-read-private user-read-email";

    private final OAuthClientSettings settings;
    private final ProviderHttp http;
    private final Clock clock;

    /** @param settings client id/secret, redirect URI, base URLs (accounts.spotify.com twice, api.spotify.com) */
    public SpotifyProvider(OAuthClientSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = new ProviderHttp("Spotify", settings.timeout());
    }

    @Override
    public Platform platform() {
        return Platform.SPOTIFY;
    }

    @Override
    public boolean usesPkce() {
        return true;
    }

    @Override
    public URI authorizationUrl(String state, Optional<String> pkceChallenge) {
        var p = ProviderHttp.params("client_id", settings.clientId(), "response_type", "code", "redirect_uri",
                settings.redirectUri(), "state", state, "scope", SCOPES);
        pkceChallenge.ifPresent(c -> {
            p.put("code_challenge_method", "S256");
            p.put("code_challenge", c);
        });
        return URI.create(OAuthClientSettings.at(settings.authBase(), "/authorize") + "?" + ProviderHttp.query(p));
    }

    @Override
    public ProviderTokens exchangeCode(String code, Optional<String> codeVerifier) {
        var form = ProviderHttp.params("grant_type", "authorization_code", "code", code, "redirect_uri",
                settings.redirectUri());
        codeVerifier.ifPresent(v -> form.put("code_verifier", v));
        ProviderHttp.Answer a = http.postForm(tokenUri(), form, "Authorization", basic());
        StandardTokenErrors.check(a, "Spotify", false, "SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET");
        return TokenAnswers.read(http, a.body(), Optional.empty(), clock);
    }

    @Override
    public boolean canRefresh(ProviderTokens tokens) {
        return tokens.refreshToken().isPresent();
    }

    @Override
    public ProviderTokens refresh(ProviderTokens current) {
        String refresh = current.refreshToken().orElseThrow(() -> new GrantRevoked("Spotify gave no refresh token."));
        ProviderHttp.Answer a = http.postForm(tokenUri(), ProviderHttp.params("grant_type", "refresh_token",
                "refresh_token", refresh), "Authorization", basic());
        StandardTokenErrors.check(a, "Spotify", true, "SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET");
        return TokenAnswers.read(http, a.body(), current.refreshToken(), clock);
    }

    @Override
    public ProfileAndStats fetchProfileAndStats(String accessToken) {
        ProviderHttp.Answer a = http.get(OAuthClientSettings.at(settings.apiBase(), "/v1/me"),
                "Authorization", "Bearer " + accessToken);
        if (a.status() == 401) {
            throw new GrantRevoked("Spotify access was revoked or expired.");
        }
        if (a.status() == 403) {
            throw new ProviderRejected(ProviderRejected.SCOPE_NOT_GRANTED,
                    "Spotify refused access to the profile; link again and allow it.");
        }
        if (!a.ok()) {
            throw http.malformed();
        }
        JsonNode me = a.body();
        String id = TokenAnswers.text(me, "id").orElseThrow(http::malformed);
        long followers = TokenAnswers.number(me.path("followers"), "total").orElseThrow(http::malformed);
        return new ProfileAndStats(new ProviderProfile(id, id, TokenAnswers.text(me, "display_name"),
                TokenAnswers.text(me.path("images").path(0), "url")), followers, OptionalLong.empty(),
                OptionalLong.empty());
    }

    private String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(
                (settings.clientId() + ":" + settings.clientSecret()).getBytes(StandardCharsets.UTF_8));
    }

    private URI tokenUri() {
        return OAuthClientSettings.at(settings.tokenBase(), "/api/token");
    }
}
