package io.ensemble.social;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Persistence port of pushed social stats and their per-user totals (seeds/004; discovery filters). */
public interface SocialStatsRepository {
    /** Inserts or replaces the stats of {@code stats.platform()} for {@code userId}. */
    void upsert(UUID userId, PlatformStats stats);

    /** @return every stored platform row of {@code userId}, in any order */
    List<PlatformStats> forUser(UUID userId);

    /**
     * Inserts or replaces the user's totals, queryable by discovery's follower filters.
     *
     * @param totalFollowers sum of followers across platforms
     * @param avgEngagement mean of non-zero engagement rates, percent
     */
    void saveTotals(UUID userId, long totalFollowers, double avgEngagement, Instant at);
}
