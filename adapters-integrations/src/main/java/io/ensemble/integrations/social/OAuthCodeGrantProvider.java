package io.ensemble.integrations.social;

import io.ensemble.social.GrantRevoked;
import io.ensemble.social.Platform;
import io.ensemble.social.ProviderRejected;
import io.ensemble.social.ProviderTokens;
import io.ensemble.social.SocialProvider;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The OAuth 2.0 authorization-code grant the social platforms share (RFC 6749 §4.1, §6; PKCE S256 per
 * RFC 7636 where the platform supports it): the authorization URL, the code exchange and the refresh at the
 * token endpoint (client credentials in the form, RFC 6749 §2.3.1), and the usual profile-API errors. A
 * platform adapter names its documented paths in a {@link Flow}, its authorization parameters, and
 * overrides the steps where its docs differ (client authentication, token errors, scope checks).
 */
abstract class OAuthCodeGrantProvider implements SocialProvider {
    final OAuthClientSettings settings;
    final ProviderHttp http;
    final Clock clock;
    private final Platform platform;
    private final Flow flow;

    /**
     * A platform's documented OAuth shape.
     *
     * @param name display name in messages about the data API, e.g. {@code YouTube}
     * @param issuer display name in messages about the token endpoint, e.g. {@code Google}
     * @param authorizePath path of the browser authorization page on {@code authBase}
     * @param tokenPath path of the token endpoint on {@code tokenBase}
     * @param pkce whether the authorization request carries a PKCE S256 challenge
     */
    record Flow(String name, String issuer, String authorizePath, String tokenPath, boolean pkce) {
    }

    OAuthCodeGrantProvider(Platform platform, Flow flow, OAuthClientSettings settings, Clock clock) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.flow = Objects.requireNonNull(flow, "flow");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = new ProviderHttp(flow.name(), settings.timeout());
    }

    @Override
    public final Platform platform() {
        return platform;
    }

    @Override
    public final boolean usesPkce() {
        return flow.pkce();
    }

    /** @return the platform's authorization query parameters (client, scope, redirect, state), in order */
    abstract Map<String, String> authorizationParams(String state);

    @Override
    public URI authorizationUrl(String state, Optional<String> pkceChallenge) {
        Map<String, String> p = authorizationParams(state);
        if (flow.pkce()) {
            pkceChallenge.ifPresent(c -> {
                p.put("code_challenge", c);
                p.put("code_challenge_method", "S256");
            });
        }
        return URI.create(OAuthClientSettings.at(settings.authBase(), flow.authorizePath()) + "?"
                + ProviderHttp.query(p));
    }

    @Override
    public ProviderTokens exchangeCode(String code, Optional<String> codeVerifier) {
        Map<String, String> form = ProviderHttp.params("code", code, "grant_type", "authorization_code",
                "redirect_uri", settings.redirectUri());
        codeVerifier.ifPresent(v -> form.put("code_verifier", v));
        ProviderHttp.Answer a = tokenRequest(form);
        checkTokenAnswer(a, false);
        return granted(TokenAnswers.read(http, a.body(), Optional.empty(), clock));
    }

    /** @return whether a refresh token is held */
    @Override
    public boolean canRefresh(ProviderTokens tokens) {
        return tokens.refreshToken().isPresent();
    }

    /** Renews with the refresh token; a platform that returns none keeps the current one. */
    @Override
    public ProviderTokens refresh(ProviderTokens current) {
        String refresh = current.refreshToken()
                .orElseThrow(() -> new GrantRevoked(flow.issuer() + " gave no refresh token."));
        ProviderHttp.Answer a = tokenRequest(ProviderHttp.params("grant_type", "refresh_token",
                "refresh_token", refresh));
        checkTokenAnswer(a, true);
        return renewed(TokenAnswers.read(http, a.body(), current.refreshToken(), clock), current);
    }

    /** POSTs {@code form} to the token endpoint with {@code client_id} and {@code client_secret} in the form. */
    ProviderHttp.Answer tokenRequest(Map<String, String> form) {
        Map<String, String> all = ProviderHttp.params("client_id", settings.clientId(),
                "client_secret", settings.clientSecret());
        all.putAll(form);
        return http.postForm(tokenUri(), all);
    }

    /** Maps RFC 6749 §5.2 token errors ({@link StandardTokenErrors}). */
    void checkTokenAnswer(ProviderHttp.Answer a, boolean refreshing) {
        String env = platform.name();
        StandardTokenErrors.check(a, flow.issuer(), refreshing, env + "_CLIENT_ID and " + env + "_CLIENT_SECRET");
    }

    /** @return the tokens of an exchanged code; a platform refuses here a grant without the scopes it needs */
    ProviderTokens granted(ProviderTokens tokens) {
        return tokens;
    }

    /** @return the tokens to store after a refresh, by default the answer as read */
    ProviderTokens renewed(ProviderTokens answer, ProviderTokens current) {
        return answer;
    }

    /** @return the token endpoint */
    final URI tokenUri() {
        return OAuthClientSettings.at(settings.tokenBase(), flow.tokenPath());
    }

    /** @return {@code apiBase + path}, with the query of alternating {@code params} when there are any */
    final URI api(String path, String... params) {
        URI uri = OAuthClientSettings.at(settings.apiBase(), path);
        return params.length == 0 ? uri : URI.create(uri + "?" + ProviderHttp.query(ProviderHttp.params(params)));
    }

    /** GETs a data-API resource with {@code Authorization: Bearer}, plus alternating extra headers. */
    final ProviderHttp.Answer getWithBearer(URI uri, String accessToken, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = "Bearer " + accessToken;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return http.get(uri, all);
    }

    /**
     * The profile-API errors most platforms share: 401 is a revoked grant, 403 a scope not granted, any other
     * non-2xx an answer we cannot read.
     */
    final void failOnApiError(ProviderHttp.Answer a, String revoked, String forbidden) {
        if (a.ok()) {
            return;
        }
        if (a.status() == 401) {
            throw new GrantRevoked(revoked);
        }
        if (a.status() == 403) {
            throw new ProviderRejected(ProviderRejected.SCOPE_NOT_GRANTED, forbidden);
        }
        throw http.malformed();
    }
}
