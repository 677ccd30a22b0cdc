package io.ensemble.integrations.scraping;

import com.fasterxml.jackson.databind.JsonNode;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.social.Platform;
import io.ensemble.social.ProfileScraper;
import io.ensemble.social.ScrapedProfile;

/**
 * {@link ProfileScraper} over Apify actors: the official Instagram Profile Scraper and Clockworks' TikTok
 * Profile Scraper by default (actor ids configurable; README §Social scraping). See {@link ApifyClient}
 * for the sync → async fallback and {@link ApifyErrors} for error mapping.
 */
public final class ApifyProfileScraper implements ProfileScraper {
    private final ApifyClient client;
    private final ApifySettings settings;

    /**
     * @param client the Apify API client
     * @param settings actor ids and post limit
     */
    public ApifyProfileScraper(ApifyClient client, ApifySettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /** {@inheritDoc} */
    @Override
    public ScrapedProfile scrape(Platform platform, String username) {
        return switch (platform) {
            case INSTAGRAM -> {
                JsonNode items = client.runForItems(settings.instagramActor(), ApifyInstagramItems.input(username));
                yield ApifyInstagramItems.profile(items, username, settings.postsLimit()).orElseThrow(() -> notFound(platform, username));
            }
            case TIKTOK -> {
                JsonNode items = client.runForItems(settings.tiktokActor(), ApifyTikTokItems.input(username, settings.postsLimit()));
                yield ApifyTikTokItems.profile(items, username, settings.postsLimit()).orElseThrow(() -> notFound(platform, username));
            }
            default -> throw new IllegalArgumentException("Apify scraping is not wired for " + platform);
        };
    }

    private static NotFound notFound(Platform platform, String username) {
        return new NotFound("No public " + platform.key() + " profile named " + username + " was found.");
    }
}
