package io.ensemble.social;

import java.time.Instant;
import java.util.Objects;

/**
 * Latest pushed stats of one platform for one user (seeds/004 {@code platformBreakdown.{platform}}).
 *
 * @param followers follower count, {@code >= 0}
 * @param engagement engagement rate in percent, 0..100
 * @param updatedAt when it was last pushed
 */
public record PlatformStats(Platform platform, long followers, double engagement, Instant updatedAt) {
    /** @throws IllegalArgumentException when followers is negative or engagement outside 0..100 */
    public PlatformStats {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (followers < 0 || !(engagement >= 0 && engagement <= 100)) {
            throw new IllegalArgumentException("followers must be >= 0 and engagement within 0..100");
        }
    }
}
