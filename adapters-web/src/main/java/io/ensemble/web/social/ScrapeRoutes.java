package io.ensemble.web.social;

import io.ensemble.identity.Caller;
import io.ensemble.social.Platform;
import io.ensemble.social.ScrapeCache;
import io.ensemble.social.ScrapedAccountService;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.PathIds;
import jakarta.ws.rs.core.Response;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What the scraping resources ({@link InstagramScrapeResource}, {@link TikTokScrapeResource}) do
 * behind their platform's own route paths (seeds/001 §Social Media): the same use cases of
 * {@link ScrapedAccountService} for one platform, answered with messages that name it.
 */
final class ScrapeRoutes {
    /** A canonical UUID in a path template, so literal siblings such as {@code auth} are not taken for ids. */
    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final ScrapedAccountService scraped;
    private final Platform platform;
    private final String label;

    /**
     * @param scraped the scraped-account use cases
     * @param platform the platform every route acts on
     * @param label its name in answer messages ({@code "Instagram"}, {@code "TikTok"})
     */
    ScrapeRoutes(ScrapedAccountService scraped, Platform platform, String label) {
        this.scraped = Objects.requireNonNull(scraped, "scraped");
        this.platform = Objects.requireNonNull(platform, "platform");
        this.label = Objects.requireNonNull(label, "label");
    }

    /** Links a profile by {@code {"username"}}: 201 with the account. */
    Response connect(Caller caller, ScrapeRequests.Connect body) {
        var req = Objects.requireNonNullElse(body, ScrapeRequests.Connect.EMPTY);
        var account = scraped.connect(caller, platform, req.username());
        return ApiResponse.created(label + " account connected", ScrapedAccountView.of(account));
    }

    /** Manual sync of the account {@code {"accountId"}} names, or of the caller's only one. */
    ApiResponse<ScrapedAccountView> sync(Caller caller, ScrapeRequests.Sync body) {
        Optional<UUID> id = body == null ? Optional.empty() : body.id();
        return ApiResponse.ok(label + " account synced", ScrapedAccountView.of(scraped.sync(caller, platform, id)));
    }

    /** The caller's account with its latest stats and recent posts. */
    ApiResponse<ScrapedAccountView> get(Caller caller, String accountId) {
        return ApiResponse.ok(label + " account",
                ScrapedAccountView.of(scraped.get(caller, platform, PathIds.uuid(accountId))));
    }

    /** Disconnects the caller's account (snapshots included). */
    ApiResponse<Void> disconnect(Caller caller, String accountId) {
        scraped.disconnect(caller, platform, PathIds.uuid(accountId));
        return ApiResponse.ok(label + " account disconnected", null);
    }

    /** Public profile lookup from the 7-day cache. */
    ApiResponse<ScrapedProfileView> profile(Caller caller, String username) {
        return ApiResponse.ok(label + " profile", ScrapedProfileView.of(lookUp(caller, username)));
    }

    /** @return the cached (or freshly scraped) public profile of {@code username} */
    ScrapeCache.CachedScrape lookUp(Caller caller, String username) {
        return scraped.lookUp(caller, platform, username);
    }
}
