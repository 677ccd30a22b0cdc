package io.ensemble.app.wiring;

import io.dropwizard.core.setup.Environment;
import io.ensemble.app.jobs.Jobs;
import io.ensemble.integrations.scraping.ApifyScraperFactory;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.social.ProfileLookup;
import io.ensemble.social.ScrapeSettings;
import io.ensemble.social.ScrapedAccountService;
import io.ensemble.social.SocialTotals;
import io.ensemble.web.social.InstagramScrapeResource;
import io.ensemble.web.social.TikTokScrapeResource;
import java.time.Clock;
import java.time.LocalTime;

/**
 * Wiring of Instagram/TikTok linking by user name (issue 6 §2, seeds/001 §Social Media): the Apify scraper
 * from the {@code apify} section (503 PROVIDER_NOT_CONFIGURED naming APIFY_TOKEN without a token), the
 * 7-day scrape cache, the DB-backed manual sync limit, the routes, and the daily {@code social-scrape-sync}
 * job (also {@code POST /tasks/social-scrape-sync} on the admin port).
 */
public final class ScrapeWiring {
    /** When the nightly resync of scraped accounts runs (in the jobs zone), after the OAuth sync at 03:00. */
    public static final LocalTime NIGHTLY_AT = LocalTime.of(3, 30);

    private ScrapeWiring() {
    }

    /**
     * Builds the scraping use cases and registers their routes and job.
     *
     * @param env the Dropwizard environment (bearer auth must already be registered)
     * @param db the shared persistence adapters
     * @param apify the {@code apify} section
     * @param totals recomputes a user's follower totals after each link, sync or unlink
     * @param jobs where the nightly resync is registered
     * @param ids id generator
     * @param clock the application clock
     * @return the scraped-account use cases
     */
    public static ScrapedAccountService register(Environment env, Persistence db, ApifyScraperFactory apify,
            SocialTotals totals, Jobs jobs, IdGenerator ids, Clock clock) {
        ScrapeSettings settings = ScrapeSettings.DEFAULTS;
        var scraper = apify.build(env.getObjectMapper());
        io.ensemble.app.observability.ProviderCircuits.apify(env, scraper);
        var lookup = new ProfileLookup(scraper, db.scrapeCache, clock, settings);
        var service = new ScrapedAccountService(lookup, db.socialAccounts, db.statsSnapshots,
                db.syncAttempts, db.scrapeCache, totals, db.transactions, ids, clock, settings);
        env.jersey().register(new InstagramScrapeResource(service));
        env.jersey().register(new TikTokScrapeResource(service));
        jobs.daily("social-scrape-sync", NIGHTLY_AT, now -> {
            ScrapedAccountService.NightlySync run = service.syncDue();
            return "resynced " + run.synced() + " scraped accounts, " + run.failed() + " failed";
        });
        return service;
    }
}
