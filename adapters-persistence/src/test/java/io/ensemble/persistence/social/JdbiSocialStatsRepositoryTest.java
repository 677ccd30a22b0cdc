package io.ensemble.persistence.social;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.identity.AccountStatus;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.persistence.DatabaseTestBase;
import io.ensemble.persistence.identity.JdbiUserRepository;
import io.ensemble.social.Platform;
import io.ensemble.social.PlatformStats;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Pushed social stats and totals against real PostgreSQL (seeds/004). */
class JdbiSocialStatsRepositoryTest extends DatabaseTestBase {
    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30.123456Z");
    private final JdbiSocialStatsRepository stats = new JdbiSocialStatsRepository(handles);

    private static UUID user() {
        UUID id = UUID.randomUUID();
        new JdbiUserRepository(handles).create(new User(id, id + "@example.com", "Ada", Role.CREATOR,
                AccountStatus.ACTIVE, true, "hash", NOW, NOW));
        return id;
    }

    @Test
    void upsert_keeps_one_row_per_platform_with_the_latest_values() {
        UUID id = user();
        stats.upsert(id, new PlatformStats(Platform.TIKTOK, 1000, 7.5, NOW));
        stats.upsert(id, new PlatformStats(Platform.TIKTOK, 1200, 0, NOW.plusSeconds(1)));
        stats.upsert(id, new PlatformStats(Platform.TWITTER, 50, 2.25, NOW));
        assertThat(stats.forUser(id)).containsExactlyInAnyOrder(
                new PlatformStats(Platform.TIKTOK, 1200, 0, NOW.plusSeconds(1)),
                new PlatformStats(Platform.TWITTER, 50, 2.25, NOW));
        assertThat(stats.forUser(user())).isEmpty();
    }

    @Test
    void totals_are_replaced_and_queryable_by_follower_range() {
        UUID a = user();
        UUID b = user();
        stats.saveTotals(a, 10, 1.0, NOW);
        stats.saveTotals(a, 25_000, 3.5, NOW);
        stats.saveTotals(b, 500, 0, NOW);
        assertThat(count("SELECT count(*) FROM social_totals")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM social_totals WHERE total_followers BETWEEN 1000 AND 30000"))
                .isEqualTo(1);
    }
}
