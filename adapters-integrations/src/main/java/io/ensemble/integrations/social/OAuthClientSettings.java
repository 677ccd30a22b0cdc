package io.ensemble.integrations.social;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One platform's OAuth client and endpoints (issue 6 configuration: {@code <PLATFORM>_CLIENT_ID},
 * {@code _CLIENT_SECRET}, {@code _REDIRECT_URI}, {@code _AUTH_BASE}, {@code _TOKEN_BASE}, {@code _API_BASE}).
 * Base URLs have no trailing slash; adapters append the documented paths.
 *
 * @param authBase host of the browser authorization page, e.g. {@code https://www.tiktok.com}
 * @param tokenBase host of the token endpoint, e.g. {@code https://open.tiktokapis.com}
 * @param apiBase host (and version prefix where the platform has one) of the data API
 * @param timeout limit of each provider request
 */
public record OAuthClientSettings(String clientId, String clientSecret, String redirectUri, URI authBase,
                                  URI tokenBase, URI apiBase, Duration timeout) {
    /** @throws IllegalArgumentException when a key is blank */
    public OAuthClientSettings {
        if (blank(clientId) || blank(clientSecret) || blank(redirectUri)) {
            throw new IllegalArgumentException("clientId, clientSecret and redirectUri are required");
        }
        Objects.requireNonNull(authBase, "authBase");
        Objects.requireNonNull(tokenBase, "tokenBase");
        Objects.requireNonNull(apiBase, "apiBase");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** @return {@code base + path}, with {@code path} starting with a slash */
    static URI at(URI base, String path) {
        String b = base.toString();
        return URI.create((b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** @return a description without the client secret */
    @Override
    public String toString() {
        return "OAuthClientSettings[clientId=" + clientId + ", redirectUri=" + redirectUri + ", authBase=" + authBase
                + ", tokenBase=" + tokenBase + ", apiBase=" + apiBase + "]";
    }
}
