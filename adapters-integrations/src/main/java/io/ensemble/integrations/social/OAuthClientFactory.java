package io.ensemble.integrations.social;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * config.yml block of one platform's OAuth client ({@code social.<platform>}): keys from
 * {@code <PLATFORM>_CLIENT_ID}, {@code _CLIENT_SECRET}, {@code _REDIRECT_URI}; base URLs from
 * {@code _AUTH_BASE}, {@code _TOKEN_BASE}, {@code _API_BASE}, empty meaning the provider's documented host.
 */
public class OAuthClientFactory {
    @JsonProperty
    private String clientId = "";
    @JsonProperty
    private String clientSecret = "";
    @JsonProperty
    private String redirectUri = "";
    @JsonProperty
    private String authBase = "";
    @JsonProperty
    private String tokenBase = "";
    @JsonProperty
    private String apiBase = "";

    /** @return whether id, secret and redirect URI are all set */
    public boolean configured() {
        return !clientId.isBlank() && !clientSecret.isBlank() && !redirectUri.isBlank();
    }

    /**
     * @param defaults the provider's documented hosts, used for empty base URLs
     * @return the settings; empty when not {@link #configured()}
     */
    public Optional<OAuthClientSettings> settings(Hosts defaults, Duration timeout) {
        if (!configured()) {
            return Optional.empty();
        }
        return Optional.of(new OAuthClientSettings(clientId.trim(), clientSecret.trim(), redirectUri.trim(),
                URI.create(or(authBase, defaults.auth())), URI.create(or(tokenBase, defaults.token())),
                URI.create(or(apiBase, defaults.api())), timeout));
    }

    /** Sets the keys (tests and programmatic configuration). @return this */
    public OAuthClientFactory keys(String id, String secret, String redirect) {
        this.clientId = id;
        this.clientSecret = secret;
        this.redirectUri = redirect;
        return this;
    }

    /** Points all three base URLs at one host (tests: WireMock). @return this */
    public OAuthClientFactory bases(String base) {
        this.authBase = base;
        this.tokenBase = base;
        this.apiBase = base;
        return this;
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** A provider's documented hosts: authorization page, token endpoint, data API. */
    public record Hosts(String auth, String token, String api) {
    }
}
