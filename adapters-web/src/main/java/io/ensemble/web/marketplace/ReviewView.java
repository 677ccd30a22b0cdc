package io.ensemble.web.marketplace;

import io.ensemble.marketplace.Review;
import java.time.Instant;

/** A review: {@code {id, orderId, brandId, brandName, creatorId, rating (1..5), comment, createdAt}}. */
public record ReviewView(String id, String orderId, String brandId, String brandName, String creatorId, int rating,
                         String comment, Instant createdAt) {
    /** @return the view of {@code r} */
    public static ReviewView of(Review r) {
        return new ReviewView(r.id().toString(), r.orderId().toString(), r.brandId().toString(), r.brandName(),
                r.creatorId().toString(), r.rating(), r.comment(), r.createdAt());
    }
}
