package io.ensemble.social;

import java.time.Instant;
import java.util.Optional;

/**
 * Persistence port of the profile-lookup cache (seeds/001 "7-day data caching"; issue 6 §2): the last
 * scrape of each (platform, user name) with its recent posts, whoever asked for it.
 */
public interface ScrapeCache {
    /**
     * @param platform INSTAGRAM or TIKTOK
     * @param username a normalised user name
     * @return the last stored scrape and when it was fetched, empty when never scraped
     */
    Optional<CachedScrape> find(Platform platform, String username);

    /** Inserts or replaces the entry of {@code profile}'s (platform, user name), posts included. */
    void put(ScrapedProfile profile, Instant fetchedAt);

    /** A cached scrape. @param fetchedAt when the scraper returned it */
    record CachedScrape(ScrapedProfile profile, Instant fetchedAt) {
        /** @throws NullPointerException when a component is null */
        public CachedScrape {
            java.util.Objects.requireNonNull(profile, "profile");
            java.util.Objects.requireNonNull(fetchedAt, "fetchedAt");
        }
    }
}
