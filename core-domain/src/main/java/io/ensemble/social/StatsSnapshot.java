package io.ensemble.social;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * One reading of a linked account's stats (issue 6 §3); every link and sync appends one, so history
 * can be charted. Counts a provider does not report are empty rather than zero.
 *
 * @param followers followers (subscribers on YouTube), {@code >= 0}
 * @param following accounts followed, {@code >= 0}, when reported
 * @param posts posts / videos / media count, {@code >= 0}, when reported
 * @param engagementRate engagement in percent 0..100, when known
 * @param takenAt when it was read
 */
public record StatsSnapshot(UUID accountId, long followers, OptionalLong following, OptionalLong posts,
                            OptionalDouble engagementRate, Instant takenAt) {
    /** @throws IllegalArgumentException when a count is negative or the rate is outside 0..100 */
    public StatsSnapshot {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(following, "following");
        Objects.requireNonNull(posts, "posts");
        Objects.requireNonNull(engagementRate, "engagementRate");
        Objects.requireNonNull(takenAt, "takenAt");
        if (followers < 0 || following.orElse(0) < 0 || posts.orElse(0) < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
        double rate = engagementRate.orElse(0);
        if (!(rate >= 0 && rate <= 100)) {
            throw new IllegalArgumentException("engagementRate must be within 0..100");
        }
    }
}
