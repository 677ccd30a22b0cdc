package io.ensemble.web.social;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.social.AuthorizationStart;
import io.ensemble.social.SocialLinkService;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PathIds;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * OAuth linking routes of issue 6 §1 under {@code /api/v1/social-media} (seeds/000 §Social Media OAuth,
 * seeds/001 §TikTok OAuth): start ({@code GET /{platform}/auth}), browser callback
 * ({@code GET /{platform}/oauth/callback}, unauthenticated: the state names the user), app exchange
 * ({@code POST /{platform}/exchange}), list ({@code GET /accounts}) and unlink
 * ({@code DELETE /accounts/{accountId}}). Platforms: instagram, tiktok, youtube, twitch, spotify.
 */
@Path("/api/v1/social-media")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class SocialOAuthResource {
    private final SocialLinkService links;

    /** @param links the linking use cases */
    public SocialOAuthResource(SocialLinkService links) {
        this.links = Objects.requireNonNull(links, "links");
    }

    /**
     * Starts linking: {@code data = {platform, authUrl, state}}; the state is single-use and valid 10 minutes.
     * 404 unknown platform, 403 staff account, 503 {@code PROVIDER_NOT_CONFIGURED} without keys.
     */
    @GET
    @Path("/{platform}/auth")
    @Timed
    @ErrorCodes({})
    public ApiResponse<Map<String, String>> auth(@Auth Caller caller, @PathParam("platform") String platform) {
        AuthorizationStart start = links.startLink(caller, Platforms.parse(platform));
        return ApiResponse.ok("Open authUrl to link your " + start.platform().key() + " account",
                Map.of("platform", start.platform().key(), "authUrl", start.authUrl().toString(),
                        "state", start.state()));
    }

    /**
     * The provider's redirect target: {@code ?code&state} (or {@code ?error&state}). Answers
     * {@code data = {account}}; 400 {@code INVALID_STATE} for a forged, used or expired state, 400 with the
     * provider's refusal, 409 {@code ACCOUNT_LINKED_ELSEWHERE}.
     */
    @GET
    @Path("/{platform}/oauth/callback")
    @Timed
    @ErrorCodes({"ACCOUNT_LINKED_ELSEWHERE", "ACCOUNT_NOT_SUPPORTED", "INVALID_STATE", "OAUTH_ACCESS_DENIED",
            "OAUTH_CODE_REJECTED", "RECONNECT_REQUIRED", "SCOPE_NOT_GRANTED", "UPSTREAM_FAILED", "UPSTREAM_TIMEOUT"})
    public ApiResponse<Map<String, SocialAccountView>> callback(@PathParam("platform") String platform,
                                                                @QueryParam("code") String code,
                                                                @QueryParam("state") String state,
                                                                @QueryParam("error") String error) {
        var linked = links.completeFromCallback(Platforms.parse(platform), code, state,
                Optional.ofNullable(error).filter(e -> !e.isBlank()));
        return ApiResponse.ok("Account linked", Map.of("account", SocialAccountView.of(linked)));
    }

    /**
     * The app posts {@code {code, state}} (seeds/000 step 2); the state must be one the caller started.
     * Answers {@code data = {account}}; errors as {@link #callback}.
     */
    @POST
    @Path("/{platform}/exchange")
    @Timed
    @ErrorCodes({"ACCOUNT_LINKED_ELSEWHERE", "ACCOUNT_NOT_SUPPORTED", "INVALID_STATE", "OAUTH_ACCESS_DENIED",
            "OAUTH_CODE_REJECTED", "RECONNECT_REQUIRED", "SCOPE_NOT_GRANTED", "UPSTREAM_FAILED", "UPSTREAM_TIMEOUT"})
    public ApiResponse<Map<String, SocialAccountView>> exchange(@Auth Caller caller,
                                                                @PathParam("platform") String platform,
                                                                ExchangeBody body) {
        ExchangeBody b = Objects.requireNonNullElse(body, ExchangeBody.EMPTY);
        var linked = links.completeFromApp(caller, Platforms.parse(platform), b.code(), b.state());
        return ApiResponse.ok("Account linked", Map.of("account", SocialAccountView.of(linked)));
    }

    /** The caller's linked accounts (OAuth and scraped) with latest stats: {@code data = {accounts: [...]}}. */
    @GET
    @Path("/accounts")
    @Timed
    @ErrorCodes({})
    public ApiResponse<Map<String, List<SocialAccountView>>> accounts(@Auth Caller caller) {
        return ApiResponse.ok("Linked accounts", Map.of("accounts",
                links.listAccounts(caller).stream().map(SocialAccountView::of).toList()));
    }

    /** Unlinks one of the caller's accounts; 404 when it is not theirs. */
    @DELETE
    @Path("/accounts/{accountId}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<Void> unlink(@Auth Caller caller, @PathParam("accountId") String accountId) {
        links.unlink(caller, PathIds.uuid(accountId));
        return ApiResponse.ok("Account disconnected", null);
    }
}
