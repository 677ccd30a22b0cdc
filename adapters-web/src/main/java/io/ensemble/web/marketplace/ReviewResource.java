package io.ensemble.web.marketplace;

import com.codahale.metrics.annotation.Timed;
import io.ensemble.marketplace.ReviewService;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PageQuery;
import io.ensemble.web.http.PageView;
import io.ensemble.web.http.PathIds;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Public review listing (issue 8 §3, seeds/002): {@code GET /api/v1/reviews/creator/:creatorId}. */
@Path("/api/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
public final class ReviewResource {
    private final ReviewService reviews;

    public ReviewResource(ReviewService reviews) {
        this.reviews = reviews;
    }

    /** The creator's reviews, newest first, {@code {items, nextCursor}}; no token needed. */
    @GET
    @Path("/creator/{creatorId}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<PageView<ReviewView>> ofCreator(@PathParam("creatorId") String creatorId,
                                                       @BeanParam PageQuery page) {
        return ApiResponse.ok("Reviews", PageView.of(reviews.creatorReviews(PathIds.uuid(creatorId),
                page.request()), ReviewView::of));
    }
}
