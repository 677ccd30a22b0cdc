package io.ensemble.web.feed;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.apikeys.ApiScopes;
import io.ensemble.feed.EventFeed;
import io.ensemble.feed.FeedTypes;
import io.ensemble.identity.Caller;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.web.apikeys.ApiKeyScope;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Objects;

/**
 * {@code GET /api/v1/integrations/events?after=<seq>&types=a,b&limit=} (issue 26 §1): the integrator
 * feed in sequence order, for admins and API keys with {@code events:read}. {@code after} defaults to 0,
 * {@code limit} to 100 (larger values answer 1000 at most; under 1 is refused).
 * 400 {@code VALIDATION_FAILED} naming {@code after}, {@code limit} or
 * {@code types} (unknown type); 403 for other roles or keys without the scope.
 */
@Path("/api/v1/integrations/events")
@Produces(MediaType.APPLICATION_JSON)
public final class IntegrationEventsResource {
    private final EventFeed feed;

    public IntegrationEventsResource(EventFeed feed) {
        this.feed = Objects.requireNonNull(feed, "feed");
    }

    /** One page of events after {@code after}. */
    @GET
    @Timed
    @ApiKeyScope(ApiScopes.EVENTS_READ)
    @ErrorCodes({})
    public ApiResponse<FeedPageView> events(@Auth Caller caller, @QueryParam("after") String after,
                                            @QueryParam("types") String types, @QueryParam("limit") String limit) {
        var page = feed.read(caller, number("after", after, 0), FeedTypes.parseList("types", types),
                (int) Math.min(EventFeed.MAX_LIMIT, number("limit", limit, EventFeed.DEFAULT_LIMIT)));
        return ApiResponse.ok("Events", new FeedPageView(page.items().stream().map(FeedEventView::of).toList(),
                page.lastSeq()));
    }

    private static long number(String field, String value, long fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new ValidationFailed(List.of(new FieldError(field, "must be a whole number")));
        }
    }
}
