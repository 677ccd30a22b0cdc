package io.ensemble.marketplace;

import java.time.Duration;
import java.util.Objects;

/**
 * Marketplace knobs from config.yml.
 *
 * @param reviewWindow how long a brand has to approve or ask for a revision after a delivery before
 *     the order completes by itself ({@code ORDER_REVIEW_WINDOW}, default 72 hours)
 */
public record MarketplaceSettings(Duration reviewWindow) {
    public MarketplaceSettings {
        Objects.requireNonNull(reviewWindow, "reviewWindow");
        if (reviewWindow.isNegative() || reviewWindow.isZero()) {
            throw new IllegalArgumentException("reviewWindow must be positive");
        }
    }
}
