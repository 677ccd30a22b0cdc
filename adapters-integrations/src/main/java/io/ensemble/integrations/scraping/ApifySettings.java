package io.ensemble.integrations.scraping;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the Apify adapter (README §Social scraping).
 *
 * @param apiBase API origin, {@code https://api.apify.com} in production (APIFY_API_BASE)
 * @param token API token (APIFY_TOKEN), sent as {@code Authorization: Bearer}; never logged
 * @param instagramActor actor id or {@code owner~name} of the Instagram profile scraper
 * @param tiktokActor actor id or {@code owner~name} of the TikTok profile scraper
 * @param syncTimeout how long one HTTP call may take, including the synchronous run (Apify's own cap is 300 s)
 * @param asyncMaxWait how long to keep polling an asynchronous run after a 408 before giving up
 * @param pollInterval pause between two polls of a running asynchronous run
 * @param postsLimit how many recent posts/videos to ask for
 */
public record ApifySettings(URI apiBase, String token, String instagramActor, String tiktokActor,
                            Duration syncTimeout, Duration asyncMaxWait, Duration pollInterval, int postsLimit) {
    /** @throws IllegalArgumentException when a value is missing or not positive */
    public ApifySettings {
        Objects.requireNonNull(apiBase, "apiBase");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(syncTimeout, "syncTimeout");
        Objects.requireNonNull(asyncMaxWait, "asyncMaxWait");
        Objects.requireNonNull(pollInterval, "pollInterval");
        if (instagramActor == null || instagramActor.isBlank() || tiktokActor == null || tiktokActor.isBlank()
                || syncTimeout.isNegative() || syncTimeout.isZero() || asyncMaxWait.isNegative()
                || pollInterval.isNegative() || postsLimit < 1) {
            throw new IllegalArgumentException("incomplete Apify settings");
        }
    }

    /** @return the settings without the token */
    @Override
    public String toString() {
        return "ApifySettings[apiBase=" + apiBase + ", instagramActor=" + instagramActor + ", tiktokActor="
                + tiktokActor + ", syncTimeout=" + syncTimeout + ", asyncMaxWait=" + asyncMaxWait + "]";
    }
}
