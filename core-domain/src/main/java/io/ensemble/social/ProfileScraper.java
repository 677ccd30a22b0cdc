package io.ensemble.social;

import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.ProviderNotConfigured;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.errors.RateLimited;
import io.ensemble.shared.errors.UpstreamFailed;

/**
 * Port: reads a public Instagram or TikTok profile and its recent posts by user name, without the
 * owner's consent flow (DESIGN §Ports {@code ProfileScraper}; seeds/001 "Public Scraping via Apify").
 * Callers validate the user name first ({@link ScrapeUsername}); adapters are slow (seconds to minutes),
 * so never call one inside a database transaction.
 */
public interface ProfileScraper {
    /**
     * Scrapes a profile.
     *
     * @param platform INSTAGRAM or TIKTOK
     * @param username a user name already validated by {@link ScrapeUsername}
     * @return the profile with up to a dozen recent posts, newest first
     * @throws NotFound when the platform has no such public profile
     * @throws ProviderNotConfigured when the scraper has no credentials
     * @throws RateLimited when the provider asks us to slow down
     * @throws ProviderUnavailable when the provider is down, out of credit, or too slow
     * @throws UpstreamFailed when the provider answered something we cannot read or the run failed
     * @throws IllegalArgumentException when the platform is not supported
     */
    ScrapedProfile scrape(Platform platform, String username);
}
