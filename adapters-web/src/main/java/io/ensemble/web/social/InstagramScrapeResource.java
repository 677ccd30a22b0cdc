package io.ensemble.web.social;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.social.Platform;
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
import java.util.Objects;

/**
 * Instagram by public user name through Apify, the exact routes of seeds/001 §Social Media "Instagram
 * (Public Scraping via Apify)". Account ids are UUIDs in the path template, so {@code /instagram/auth} and
 * other OAuth routes of {@code /{platform}/…} still reach their own resource.
 */
@Path("/api/v1/social-media")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class InstagramScrapeResource {
    private final ScrapedAccountService scraped;

    /** @param scraped the scraped-account use cases */
    public InstagramScrapeResource(ScrapedAccountService scraped) {
        this.scraped = Objects.requireNonNull(scraped, "scraped");
    }

    /** Links an Instagram profile by {@code {"username"}}: 201 with the account; 400, 403, 404, 409, 429, 503. */
    @POST
    @Path("/instagram/connect")
    @Timed
    public Response connect(@Auth Caller caller, ScrapeRequests.Connect body) {
        var req = Objects.requireNonNullElse(body, ScrapeRequests.Connect.EMPTY);
        var account = scraped.connect(caller, Platform.INSTAGRAM, req.username());
        return Response.status(201).entity(ApiResponse.ok("Instagram account connected", ScrapedAccountView.of(account)))
                .build();
    }

    /** Manual sync, {@code {"accountId"}} optional: 200 with fresh stats; 429 with Retry-After past 3 per hour. */
    @POST
    @Path("/instagram/sync")
    @Timed
    public ApiResponse<ScrapedAccountView> sync(@Auth Caller caller, ScrapeRequests.Sync body) {
        var id = body == null ? java.util.Optional.<java.util.UUID>empty() : body.id();
        return ApiResponse.ok("Instagram account synced", ScrapedAccountView.of(scraped.sync(caller, Platform.INSTAGRAM, id)));
    }

    /** The caller's scraped Instagram account with its latest stats and recent posts; 404 for anyone else's. */
    @GET
    @Path("/instagram/{accountId: " + ScrapeRoutes.UUID_PATTERN + "}")
    @Timed
    public ApiResponse<ScrapedAccountView> get(@Auth Caller caller, @PathParam("accountId") String accountId) {
        return ApiResponse.ok("Instagram account",
                ScrapedAccountView.of(scraped.get(caller, Platform.INSTAGRAM, PathIds.uuid(accountId))));
    }

    /** Disconnects the caller's scraped Instagram account (snapshots included); 404 for anyone else's. */
    @DELETE
    @Path("/instagram/{accountId: " + ScrapeRoutes.UUID_PATTERN + "}")
    @Timed
    public ApiResponse<Void> disconnect(@Auth Caller caller, @PathParam("accountId") String accountId) {
        scraped.disconnect(caller, Platform.INSTAGRAM, PathIds.uuid(accountId));
        return ApiResponse.ok("Instagram account disconnected", null);
    }

    /** Public profile lookup, cached 7 days; 400 for an invalid user name (no call made), 404 when none. */
    @GET
    @Path("/instagram/profile/{username}")
    @Timed
    public ApiResponse<ScrapedProfileView> profile(@Auth Caller caller, @PathParam("username") String username) {
        return ApiResponse.ok("Instagram profile",
                ScrapedProfileView.of(scraped.lookUp(caller, Platform.INSTAGRAM, username)));
    }
}
