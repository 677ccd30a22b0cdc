package io.ensemble.social;

import java.time.Duration;
import java.util.Objects;

/**
 * Policy of scraped accounts (issue 6 §2, seeds/001 §Apify): how long a scrape is served from the cache,
 * how many manual syncs an account gets per window, and how many accounts one nightly run resyncs.
 *
 * @param cacheTtl age after which a cached scrape is fetched again (seeds/001: 7 days)
 * @param manualSyncLimit manual syncs allowed per account within {@code manualSyncWindow} (3)
 * @param manualSyncWindow the sliding window of the manual limit (1 hour)
 * @param nightlyBatch accounts the nightly job resyncs at most per run
 */
public record ScrapeSettings(Duration cacheTtl, int manualSyncLimit, Duration manualSyncWindow, int nightlyBatch) {
    /** The values of seeds/001 and DESIGN §Security. */
    public static final ScrapeSettings DEFAULTS = new ScrapeSettings(Duration.ofDays(7), 3, Duration.ofHours(1), 500);

    /** @throws IllegalArgumentException when a value is not positive */
    public ScrapeSettings {
        Objects.requireNonNull(cacheTtl, "cacheTtl");
        Objects.requireNonNull(manualSyncWindow, "manualSyncWindow");
        if (cacheTtl.isNegative() || manualSyncLimit < 1 || manualSyncWindow.isNegative() || manualSyncWindow.isZero()
                || nightlyBatch < 1) {
            throw new IllegalArgumentException("scrape settings must be positive");
        }
    }
}
