package io.ensemble.web.social;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.social.Platform;
import io.ensemble.social.ScrapeCache;
import io.ensemble.social.ScrapedAccountService;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
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

/**
 * TikTok by public user name through Apify, the exact routes of seeds/001 §Social Media "TikTok (Public
 * Scraping via Apify)".
 */
@Path("/api/v1/social-media")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class TikTokScrapeResource {
    private final ScrapeRoutes routes;

    /** @param scraped the scraped-account use cases */
    public TikTokScrapeResource(ScrapedAccountService scraped) {
        this.routes = new ScrapeRoutes(scraped, Platform.TIKTOK, "TikTok");
    }

    /** Links a TikTok profile by {@code {"username"}}: 201 with the account; 400, 403, 404, 409, 429, 503. */
    @POST
    @Path("/tiktok/connect-public")
    @Timed
    @Answers(value = ScrapedAccountView.class, status = 201)
    @ErrorCodes({"UPSTREAM_FAILED"})
    public Response connect(@Auth Caller caller, ScrapeRequests.Connect body) {
        return routes.connect(caller, body);
    }

    /** Manual sync, {@code {"accountId"}} optional: 200 with fresh stats; 429 with Retry-After past 3 per hour. */
    @POST
    @Path("/tiktok/public/sync")
    @Timed
    @ErrorCodes({"UPSTREAM_FAILED"})
    public ApiResponse<ScrapedAccountView> sync(@Auth Caller caller, ScrapeRequests.Sync body) {
        return routes.sync(caller, body);
    }

    /** The caller's scraped TikTok account with its latest stats and recent videos; 404 for anyone else's. */
    @GET
    @Path("/tiktok/public/{accountId}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<ScrapedAccountView> get(@Auth Caller caller, @PathParam("accountId") String accountId) {
        return routes.get(caller, accountId);
    }

    /** Disconnects the caller's scraped TikTok account (snapshots included); 404 for anyone else's. */
    @DELETE
    @Path("/tiktok/public/{accountId}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<Void> disconnect(@Auth Caller caller, @PathParam("accountId") String accountId) {
        return routes.disconnect(caller, accountId);
    }

    /** Public profile lookup, cached 7 days; 400 for an invalid user name (no call made), 404 when none. */
    @GET
    @Path("/tiktok/profile/{username}")
    @Timed
    @ErrorCodes({"UPSTREAM_FAILED"})
    public ApiResponse<ScrapedProfileView> profile(@Auth Caller caller, @PathParam("username") String username) {
        return routes.profile(caller, username);
    }

    /** Recent public videos, {@code {username, videos: [...], fetchedAt}}, from the same 7-day cache. */
    @GET
    @Path("/tiktok/videos/{username}")
    @Timed
    @ErrorCodes({"UPSTREAM_FAILED"})
    public ApiResponse<Map<String, Object>> videos(@Auth Caller caller, @PathParam("username") String username) {
        ScrapeCache.CachedScrape scrape = routes.lookUp(caller, username);
        List<ScrapedPostView> videos = scrape.profile().recentPosts().stream().map(ScrapedPostView::of).toList();
        return ApiResponse.ok("TikTok videos", Map.of("username", scrape.profile().username(), "videos", videos,
                "fetchedAt", scrape.fetchedAt().toString()));
    }
}
