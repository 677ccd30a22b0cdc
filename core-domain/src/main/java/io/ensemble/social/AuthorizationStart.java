package io.ensemble.social;

import java.net.URI;
import java.util.Objects;

/**
 * The start of an OAuth link (seeds/000 §Social Media OAuth step 1, seeds/001 {@code GET /tiktok/auth}).
 *
 * @param authUrl where to send the user's browser
 * @param state the single-use state the provider will echo back (valid 10 minutes)
 */
public record AuthorizationStart(Platform platform, URI authUrl, String state) {
    /** @throws NullPointerException when a component is null */
    public AuthorizationStart {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(authUrl, "authUrl");
        Objects.requireNonNull(state, "state");
    }
}
