package io.ensemble.social;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A user's stats across platforms with the aggregates of seeds/004 §Recalculate Aggregates.
 *
 * @param breakdown one entry per platform in {@link Platform} order: every always-listed platform
 *     (zeros when never pushed) plus TWITTER once pushed
 * @param totalFollowers sum of followers over the breakdown
 * @param avgEngagement mean engagement of the platforms whose engagement is above 0 (0 when none),
 *     accumulated as seeds/004 does: the sum of {@code engagement / n} in breakdown order
 */
public record SocialStats(List<PlatformStats> breakdown, long totalFollowers, double avgEngagement) {
    /** @throws NullPointerException when breakdown is null */
    public SocialStats {
        breakdown = List.copyOf(Objects.requireNonNull(breakdown, "breakdown"));
    }

    /**
     * Builds the breakdown and aggregates from the stored rows.
     *
     * @param stored the user's stored rows (any order, at most one per platform)
     * @param zeroAt the timestamp given to the zero entries of never-pushed platforms
     */
    public static SocialStats of(List<PlatformStats> stored, java.time.Instant zeroAt) {
        Map<Platform, PlatformStats> byPlatform = stored.stream()
                .collect(Collectors.toMap(PlatformStats::platform, Function.identity()));
        List<PlatformStats> breakdown = new ArrayList<>();
        for (Platform p : Platform.values()) {
            PlatformStats s = byPlatform.get(p);
            if (s != null) {
                breakdown.add(s);
            } else if (p.alwaysListed()) {
                breakdown.add(new PlatformStats(p, 0, 0, zeroAt));
            }
        }
        long total = breakdown.stream().mapToLong(PlatformStats::followers).sum();
        List<PlatformStats> engaged = breakdown.stream().filter(s -> s.engagement() > 0).toList();
        double avg = 0;
        for (PlatformStats s : engaged) {
            avg += s.engagement() / engaged.size();
        }
        return new SocialStats(breakdown, total, avg);
    }
}
