package io.ensemble.web.social;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.social.Platform;
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

/**
 * Instagram by public user name through Apify, the exact routes of seeds/001 §Social Media "Instagram
 * (Public Scraping via Apify)". Account ids are UUIDs in the path template, so {@code /instagram/auth} and
 * other OAuth routes of {@code /{platform}/…} still reach their own resource.
 */
@Path("/api/v1/social-media")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class InstagramScrapeResource {
    private final ScrapeRoutes routes;

    /** @param scraped the scraped-account use cases */
    public InstagramScrapeResource(ScrapedAccountService scraped) {
        this.routes = new ScrapeRoutes(scraped, Platform.INSTAGRAM, "Instagram");
    }

    /** Links an Instagram profile by {@code {"username"}}: 201 with the account; 400, 403, 404, 409, 429, 503. */
    @POST
    @Path("/instagram/connect")
    @Timed
    @Answers(value = ScrapedAccountView.class, status = 201)
    @ErrorCodes({"UPSTREAM_FAILED"})
    public Response connect(@Auth Caller caller, ScrapeRequests.Connect body) {
        return routes.connect(caller, body);
    }

    /** Manual sync, {@code {"accountId"}} optional: 200 with fresh stats; 429 with Retry-After past 3 per hour. */
    @POST
    @Path("/instagram/sync")
    @Timed
    @ErrorCodes({"UPSTREAM_FAILED"})
    public ApiResponse<ScrapedAccountView> sync(@Auth Caller caller, ScrapeRequests.Sync body) {
        return routes.sync(caller, body);
    }

    /** The caller's scraped Instagram account with its latest stats and recent posts; 404 for anyone else's. */
    @GET
    @Path("/instagram/{accountId: " + ScrapeRoutes.UUID_PATTERN + "}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<ScrapedAccountView> get(@Auth Caller caller, @PathParam("accountId") String accountId) {
        return routes.get(caller, accountId);
    }

    /** Disconnects the caller's scraped Instagram account (snapshots included); 404 for anyone else's. */
    @DELETE
    @Path("/instagram/{accountId: " + ScrapeRoutes.UUID_PATTERN + "}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<Void> disconnect(@Auth Caller caller, @PathParam("accountId") String accountId) {
        return routes.disconnect(caller, accountId);
    }

    /** Public profile lookup, cached 7 days; 400 for an invalid user name (no call made), 404 when none. */
    @GET
    @Path("/instagram/profile/{username}")
    @Timed
    @ErrorCodes({"UPSTREAM_FAILED"})
    public ApiResponse<ScrapedProfileView> profile(@Auth Caller caller, @PathParam("username") String username) {
        return routes.profile(caller, username);
    }
}
