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
 * Seeds/002's creator discovery for brands, {@code GET /api/v1/profile/creators} ("filtering by
 * platform, category, location; pagination and search"), a thin alias of
 * {@code /api/v1/discovery/creators} over the same {@link DiscoveryService}. Query parameters:
 * {@code platform} (tiktok, instagram, youtube, twitch, twitter), {@code category} / {@code categories}
 * (repeatable or comma-separated), {@code location} (or {@code region}), {@code search},
 * {@code minFollowers}, {@code maxFollowers}, {@code verified} (true|false, issue 20 §3), {@code cursor},
 * {@code limit}; answer
 * {@code {items: [card…], nextCursor}}. 401 without a token, 403 for a caller who is not a BRAND,
 * 400 {@code VALIDATION_FAILED} naming bad fields.
 */
@Path("/api/v1/profile/creators")
@Produces(MediaType.APPLICATION_JSON)
public final class CreatorDirectoryResource {
    private final DiscoveryService discovery;

    /** @param discovery the discovery use cases */
    public CreatorDirectoryResource(DiscoveryService discovery) {
        this.discovery = Objects.requireNonNull(discovery, "discovery");
    }

    /** Creators matching the filters, most followed first (or most relevant when searching). */
    @GET
    @Timed
    @ErrorCodes({})
    public ApiResponse<PageView<DiscoveryCardView>> creators(@Auth Caller caller, @Context UriInfo uri) {
        MultivaluedMap<String, String> p = uri.getQueryParameters();
        List<String> categories = new ArrayList<>();
        for (String name : List.of("category", "categories", "categories[]")) {
            categories.addAll(p.getOrDefault(name, List.of()));
        }
        String location = p.getFirst("location") != null ? p.getFirst("location") : p.getFirst("region");
        DiscoveryQuery query = DiscoveryQuery.parse(p.getFirst("search"), categories, location,
                p.getFirst("minFollowers"), p.getFirst("maxFollowers"), p.getFirst("cursor"), p.getFirst("limit"),
                p.getFirst("platform"), p.getFirst("verified"));
        return ApiResponse.ok("Creators", PageView.of(discovery.discover(caller, Audience.CREATORS, query),
                DiscoveryCardView::of));
    }
}
