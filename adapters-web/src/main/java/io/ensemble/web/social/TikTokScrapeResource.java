package io.ensemble.web.social;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.social.Platform;
import io.ensemble.social.ScrapeCache;
import io.ensemble.social.ScrapedAccountService;
import io.ensemble.web.ApiResponse;
import io.ensemble.web.PathIds;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * TikTok by public user name through Apify, the exact routes of seeds/001 §Social Media "TikTok (Public
 * Scraping via Apify)".
 */
@Path("/api/v1/social-media")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class TikTokScrapeResource {
    private final ScrapedAccountService scraped;

    /** @param scraped the scraped-account use cases */
    public TikTokScrapeResource(ScrapedAccountService scraped) {
        this.scraped = Objects.requireNonNull(scraped, "scraped");
    }

    /** Links a TikTok profile by {@code {"username"}}: 201 with the account; 400, 403, 404, 409, 429, 503. */
    @POST
    @Path("/tiktok/connect-public")
    @Timed
    public Response connect(@Auth Caller caller, ScrapeRequests.Connect body) {
        var req = Objects.requireNonNullElse(body, ScrapeRequests.Connect.EMPTY);
        var account = scraped.connect(caller, Platform.TIKTOK, req.username());
        return Response.status(201).entity(ApiResponse.ok("TikTok account connected", ScrapedAccountView.of(account)))
                .build();
    }

    /** Manual sync, {@code {"accountId"}} optional: 200 with fresh stats; 429 with Retry-After past 3 per hour. */
    @POST
    @Path("/tiktok/public/sync")
    @Timed
    public ApiResponse<ScrapedAccountView> sync(@Auth Caller caller, ScrapeRequests.Sync body) {
        var id = body == null ? java.util.Optional.<java.util.UUID>empty() : body.id();
        return ApiResponse.ok("TikTok account synced", ScrapedAccountView.of(scraped.sync(caller, Platform.TIKTOK, id)));
    }

    /** The caller's scraped TikTok account with its latest stats and recent videos; 404 for anyone else's. */
    @GET
    @Path("/tiktok/public/{accountId}")
    @Timed
    public ApiResponse<ScrapedAccountView> get(@Auth Caller caller, @PathParam("accountId") String accountId) {
        return ApiResponse.ok("TikTok account",
                ScrapedAccountView.of(scraped.get(caller, Platform.TIKTOK, PathIds.uuid(accountId))));
    }

    /** Disconnects the caller's scraped TikTok account (snapshots included); 404 for anyone else's. */
    @DELETE
    @Path("/tiktok/public/{accountId}")
    @Timed
    public ApiResponse<Void> disconnect(@Auth Caller caller, @PathParam("accountId") String accountId) {
        scraped.disconnect(caller, Platform.TIKTOK, PathIds.uuid(accountId));
        return ApiResponse.ok("TikTok account disconnected", null);
    }

    /** Public profile lookup, cached 7 days; 400 for an invalid user name (no call made), 404 when none. */
    @GET
    @Path("/tiktok/profile/{username}")
    @Timed
    public ApiResponse<ScrapedProfileView> profile(@Auth Caller caller, @PathParam("username") String username) {
        return ApiResponse.ok("TikTok profile", ScrapedProfileView.of(scraped.lookUp(caller, Platform.TIKTOK, username)));
    }

    /** Recent public videos, {@code {username, videos: [...], fetchedAt}}, from the same 7-day cache. */
    @GET
    @Path("/tiktok/videos/{username}")
    @Timed
    public ApiResponse<Map<String, Object>> videos(@Auth Caller caller, @PathParam("username") String username) {
        ScrapeCache.CachedScrape scrape = scraped.lookUp(caller, Platform.TIKTOK, username);
        List<ScrapedPostView> videos = scrape.profile().recentPosts().stream().map(ScrapedPostView::of).toList();
        return ApiResponse.ok("TikTok videos", Map.of("username", scrape.profile().username(), "videos", videos,
                "fetchedAt", scrape.fetchedAt().toString()));
    }
}
