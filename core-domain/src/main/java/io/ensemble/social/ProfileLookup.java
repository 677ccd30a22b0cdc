package io.ensemble.social;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Cache-aware scraping (seeds/001 "7-day data caching"): a lookup younger than the cache TTL is served
 * from {@link ScrapeCache} without calling the provider; otherwise the profile is scraped and stored.
 * Never call inside a transaction (scrapes are slow).
 */
public final class ProfileLookup {
    private final ProfileScraper scraper;
    private final ScrapeCache cache;
    private final Clock clock;
    private final ScrapeSettings settings;

    /** Wires the lookup to its ports. */
    public ProfileLookup(ProfileScraper scraper, ScrapeCache cache, Clock clock, ScrapeSettings settings) {
        this.scraper = Objects.requireNonNull(scraper, "scraper");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * @param platform INSTAGRAM or TIKTOK
     * @param username a normalised user name ({@link ScrapeUsername})
     * @return the cached scrape when fresh, else a new one (then cached)
     * @throws io.ensemble.shared.errors.DomainException what {@link ProfileScraper#scrape} throws
     */
    public ScrapeCache.CachedScrape cached(Platform platform, String username) {
        Instant now = clock.instant();
        Optional<ScrapeCache.CachedScrape> hit = cache.find(platform, username)
                .filter(c -> c.fetchedAt().plus(settings.cacheTtl()).isAfter(now));
        return hit.orElseGet(() -> fresh(platform, username));
    }

    /**
     * Scrapes now, bypassing the cache, and stores the result (its time kept to the microsecond, as stored).
     *
     * @return the new scrape
     * @throws io.ensemble.shared.errors.DomainException what {@link ProfileScraper#scrape} throws; the cache is untouched then
     */
    public ScrapeCache.CachedScrape fresh(Platform platform, String username) {
        ScrapedProfile profile = scraper.scrape(platform, username);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        cache.put(profile, at);
        return new ScrapeCache.CachedScrape(profile, at);
    }
}
