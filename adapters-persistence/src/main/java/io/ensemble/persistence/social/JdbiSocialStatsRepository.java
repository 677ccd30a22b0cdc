package io.ensemble.persistence.social;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.social.Platform;
import io.ensemble.social.PlatformStats;
import io.ensemble.social.SocialStatsRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@link SocialStatsRepository} on {@code social_stats} (one row per user and platform) and
 * {@code social_totals} (one row per user; {@code total_followers} is indexed for discovery's
 * follower filters). Throws {@link io.ensemble.shared.errors.ProviderUnavailable} when the database is down.
 */
public final class JdbiSocialStatsRepository extends JdbiRepository implements SocialStatsRepository {
    private static final String UPSERT = """
            INSERT INTO social_stats (user_id, platform, followers, engagement, updated_at)
            VALUES (:userId, :platform, :followers, :engagement, :at)
            ON CONFLICT (user_id, platform) DO UPDATE SET followers = EXCLUDED.followers,
                engagement = EXCLUDED.engagement, updated_at = EXCLUDED.updated_at
            """;
    private static final String FOR_USER =
            "SELECT platform, followers, engagement, updated_at FROM social_stats WHERE user_id = :userId";
    private static final String SAVE_TOTALS = """
            INSERT INTO social_totals (user_id, total_followers, avg_engagement, updated_at)
            VALUES (:userId, :total, :avg, :at)
            ON CONFLICT (user_id) DO UPDATE SET total_followers = EXCLUDED.total_followers,
                avg_engagement = EXCLUDED.avg_engagement, updated_at = EXCLUDED.updated_at
            """;

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiSocialStatsRepository(JdbiHandles handles) {
        super(handles);
    }

    /** Inserts or replaces the row of ({@code userId}, platform). */
    @Override
    public void upsert(UUID userId, PlatformStats stats) {
        handles.use(h -> h.createUpdate(UPSERT)
                .bind("userId", userId)
                .bind("platform", stats.platform().name())
                .bind("followers", stats.followers())
                .bind("engagement", stats.engagement())
                .bind("at", SqlTime.at(stats.updatedAt()))
                .execute());
    }

    /** @return the user's stored rows, any order */
    @Override
    public List<PlatformStats> forUser(UUID userId) {
        return handles.with(h -> h.createQuery(FOR_USER).bind("userId", userId)
                .map((rs, ctx) -> new PlatformStats(Platform.valueOf(rs.getString("platform")),
                        rs.getLong("followers"), rs.getDouble("engagement"), SqlTime.read(rs, "updated_at")))
                .list());
    }

    /** Inserts or replaces the user's totals row. */
    @Override
    public void saveTotals(UUID userId, long totalFollowers, double avgEngagement, Instant at) {
        handles.use(h -> h.createUpdate(SAVE_TOTALS)
                .bind("userId", userId)
                .bind("total", totalFollowers)
                .bind("avg", avgEngagement)
                .bind("at", SqlTime.at(at))
                .execute());
    }
}
