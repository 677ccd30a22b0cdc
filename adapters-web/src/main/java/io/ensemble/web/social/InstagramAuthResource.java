package io.ensemble.web.social;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.social.SocialLinkService;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * {@code GET /api/v1/social-media/instagram/auth} as its own root resource, so the scraping routes'
 * {@code GET /instagram/{accountId}} (seeds/001) can never capture it: JAX-RS picks the root path with the
 * most literal characters first.
 */
@Path("/api/v1/social-media/instagram/auth")
@Produces(MediaType.APPLICATION_JSON)
public final class InstagramAuthResource {
    private final SocialOAuthResource routes;

    /** @param links the linking use cases */
    public InstagramAuthResource(SocialLinkService links) {
        this.routes = new SocialOAuthResource(links);
    }

    /** Same as {@link SocialOAuthResource#auth} for instagram. */
    @GET
    @Timed
    @ErrorCodes({})
    public ApiResponse<Map<String, String>> auth(@Auth Caller caller) {
        return routes.auth(caller, "instagram");
    }
}
