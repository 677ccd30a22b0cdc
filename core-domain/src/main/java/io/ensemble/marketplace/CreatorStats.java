package io.ensemble.marketplace;

import java.time.Instant;
import java.util.UUID;

/**
 * Port that keeps a creator profile's {@code rating} (mean of review ratings, 2 decimals) and
 * {@code totalCollaborations} (completed orders) in step with orders and reviews (seeds/002).
 */
public interface CreatorStats {
    /** Recomputes both figures for the creator from the stored orders and reviews. */
    void refresh(UUID creatorId, Instant at);
}
