package io.ensemble.web.discovery;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.discovery.Audience;
import io.ensemble.discovery.DiscoveryQuery;
import io.ensemble.discovery.DiscoveryService;
import io.ensemble.identity.Caller;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PageView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Discovery lists of seeds/001 §Discovery and seeds/002 ({@code /profile/creators}): query
 * parameters {@code search}, {@code categories} (repeatable, comma-separated, or {@code categories[]}),
 * {@code region}, {@code minFollowers}, {@code maxFollowers}, {@code verified} (true|false, issue 20 §3),
 * {@code cursor}, {@code limit}; answer
 * {@code {items: [card…], nextCursor}}. 401 without a token, 403 for another role, 400
 * {@code VALIDATION_FAILED} naming bad fields.
 */
@Path("/api/v1/discovery")
@Produces(MediaType.APPLICATION_JSON)
public final class DiscoveryResource {
    private final DiscoveryService discovery;

    /** @param discovery the discovery use cases */
    public DiscoveryResource(DiscoveryService discovery) {
        this.discovery = Objects.requireNonNull(discovery, "discovery");
    }

    /** Influencers, for SALON callers. */
    @GET
    @Path("/influencers")
    @Timed
    @ErrorCodes({})
    public ApiResponse<PageView<DiscoveryCardView>> influencers(@Auth Caller caller, @Context UriInfo uri) {
        return list(caller, Audience.INFLUENCERS, uri, "Influencers");
    }

    /** Salons, for INFLUENCER callers. */
    @GET
    @Path("/salons")
    @Timed
    @ErrorCodes({})
    public ApiResponse<PageView<DiscoveryCardView>> salons(@Auth Caller caller, @Context UriInfo uri) {
        return list(caller, Audience.SALONS, uri, "Salons");
    }

    /** Creators, for BRAND callers. */
    @GET
    @Path("/creators")
    @Timed
    @ErrorCodes({})
    public ApiResponse<PageView<DiscoveryCardView>> creators(@Auth Caller caller, @Context UriInfo uri) {
        return list(caller, Audience.CREATORS, uri, "Creators");
    }

    private ApiResponse<PageView<DiscoveryCardView>> list(Caller caller, Audience audience, UriInfo uri,
                                                          String message) {
        MultivaluedMap<String, String> p = uri.getQueryParameters();
        List<String> categories = new ArrayList<>();
        categories.addAll(p.getOrDefault("categories", List.of()));
        categories.addAll(p.getOrDefault("categories[]", List.of()));
        DiscoveryQuery query = DiscoveryQuery.parse(p.getFirst("search"), categories, p.getFirst("region"),
                p.getFirst("minFollowers"), p.getFirst("maxFollowers"), p.getFirst("cursor"), p.getFirst("limit"),
                null, p.getFirst("verified"));
        return ApiResponse.ok(message, PageView.of(discovery.discover(caller, audience, query),
                DiscoveryCardView::of));
    }
}
