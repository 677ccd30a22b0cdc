package io.ensemble.social;

import java.util.Objects;
import java.util.Optional;

/**
 * A linked, scraped account as the routes of seeds/001 §Social Media show it: the account, its latest
 * stats snapshot and the cached scrape behind it (bio, counts, recent posts).
 *
 * @param latest the most recent stats snapshot, when any
 * @param scrape the cached scrape of the account's user name, when still stored
 */
public record ScrapedAccount(SocialAccount account, Optional<StatsSnapshot> latest,
                             Optional<ScrapeCache.CachedScrape> scrape) {
    /** @throws NullPointerException when a component is null */
    public ScrapedAccount {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(scrape, "scrape");
    }
}
