package io.ensemble.web.compat.sioree;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.social.AuthorizationStart;
import io.ensemble.social.SocialLinkService;
import io.ensemble.web.compat.sioree.SioreeAuthBodies.Done;
import io.ensemble.web.compat.sioree.SioreeLinkBodies.AuthUrlBody;
import io.ensemble.web.compat.sioree.SioreeLinkBodies.CodeBody;
import io.ensemble.web.compat.sioree.SioreeLinkBodies.SocialAccountAnswer;
import io.ensemble.web.compat.sioree.SioreeLinkBodies.SocialAccountBody;
import io.ensemble.web.compat.sioree.SioreeLinkBodies.SocialAccountsAnswer;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PathIds;
import io.ensemble.web.social.Platforms;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;

/**
 * Seeds/000 §Social Media OAuth Endpoints at {@code /api/social} with bare bodies, over the native
 * linking use cases: {@code GET /:platform/auth-url}, {@code POST /:platform/exchange},
 * {@code GET /accounts}, {@code DELETE /accounts/:accountId}. Unknown platform 404, forged or used
 * state 400, provider without keys 503.
 */
@Path("/api/social")
@SioreeRoute
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class SioreeSocialResource {
    private final SocialLinkService links;

    SioreeSocialResource(SocialLinkService links) {
        this.links = Objects.requireNonNull(links, "links");
    }

    /** Starts linking: {@code {authUrl, state}} (the state is single-use, 10 minutes). */
    @GET
    @Path("/{platform}/auth-url")
    @Timed
    @ErrorCodes({})
    public AuthUrlBody authUrl(@Auth Caller caller, @PathParam("platform") String platform) {
        AuthorizationStart start = links.startLink(caller, Platforms.parse(platform));
        return new AuthUrlBody(start.authUrl().toString(), start.state());
    }

    /** Completes linking with the app's {@code {code, state}}: {@code {account}}. */
    @POST
    @Path("/{platform}/exchange")
    @Timed
    @ErrorCodes({"ACCOUNT_LINKED_ELSEWHERE", "ACCOUNT_NOT_SUPPORTED", "INVALID_STATE", "OAUTH_ACCESS_DENIED",
            "OAUTH_CODE_REJECTED", "RECONNECT_REQUIRED", "SCOPE_NOT_GRANTED", "UPSTREAM_FAILED", "UPSTREAM_TIMEOUT"})
    public SocialAccountAnswer exchange(@Auth Caller caller, @PathParam("platform") String platform, CodeBody body) {
        CodeBody req = Objects.requireNonNullElse(body, CodeBody.EMPTY);
        return new SocialAccountAnswer(SocialAccountBody.of(
                links.completeFromApp(caller, Platforms.parse(platform), req.code(), req.state())));
    }

    /** The caller's linked accounts: {@code {accounts}}. */
    @GET
    @Path("/accounts")
    @Timed
    @ErrorCodes({})
    public SocialAccountsAnswer accounts(@Auth Caller caller) {
        return new SocialAccountsAnswer(links.listAccounts(caller).stream().map(SocialAccountBody::of).toList());
    }

    /** Unlinks one of the caller's accounts: {@code {success: true}}; 404 for anyone else's. */
    @DELETE
    @Path("/accounts/{accountId}")
    @Timed
    @ErrorCodes({})
    public Done unlink(@Auth Caller caller, @PathParam("accountId") String accountId) {
        links.unlink(caller, PathIds.uuid(accountId));
        return Done.OK;
    }
}
