package io.ensemble.marketplace;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A brand's review of a creator after a COMPLETED order (issue 8 §3, seeds/002); one per order.
 *
 * @param rating 1..5 stars
 */
public record Review(UUID id, UUID orderId, UUID brandId, String brandName, UUID creatorId, int rating,
                     String comment, Instant createdAt) {
    public Review {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(brandId, "brandId");
        Objects.requireNonNull(brandName, "brandName");
        Objects.requireNonNull(creatorId, "creatorId");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(createdAt, "createdAt");
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("rating must be 1..5");
        }
    }
}
