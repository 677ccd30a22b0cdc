package io.ensemble.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.profiles.InMemoryProfiles;
import io.ensemble.profiles.Profile;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.testing.DirectTransactions;
import io.ensemble.testing.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** seeds/004 §Sync Process and §Recalculate Aggregates against in-memory ports. */
class SocialSyncServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final InMemoryProfiles profiles = new InMemoryProfiles();
    private final Stats stats = new Stats();
    private final SocialSyncService service = new SocialSyncService(stats, profiles, new DirectTransactions(),
            new MutableClock(NOW));

    /** Stats in maps. */
    static final class Stats implements SocialStatsRepository {
        final Map<UUID, Map<Platform, PlatformStats>> rows = new HashMap<>();
        final Map<UUID, Long> totals = new HashMap<>();

        @Override
        public void upsert(UUID userId, PlatformStats s) {
            rows.computeIfAbsent(userId, k -> new HashMap<>()).put(s.platform(), s);
        }

        @Override
        public List<PlatformStats> forUser(UUID userId) {
            return new ArrayList<>(rows.getOrDefault(userId, Map.of()).values());
        }

        @Override
        public void saveTotals(UUID userId, long totalFollowers, double avgEngagement, Instant at) {
            totals.put(userId, totalFollowers);
        }
    }

    private Caller withProfile() {
        Caller c = new Caller(UUID.randomUUID(), Role.CREATOR, UUID.randomUUID());
        profiles.save(Profile.blank(c.userId(), Role.CREATOR, "Ada", NOW));
        return c;
    }

    @Test
    void push_stores_the_platform_and_recomputes_sum_and_mean_of_non_zero_engagement() {
        Caller c = withProfile();
        service.pushStats(c, Platform.INSTAGRAM, 15925, 3);
        service.pushStats(c, Platform.TWITCH, 100, 0);
        SyncResult r = service.pushStats(c, Platform.TIKTOK, 1000, 7.5);
        assertThat(r.stats().totalFollowers()).isEqualTo(17025);
        assertThat(r.stats().avgEngagement()).isEqualTo(5.25);
        assertThat(r.stats().breakdown()).extracting(PlatformStats::platform)
                .containsExactly(Platform.TIKTOK, Platform.INSTAGRAM, Platform.YOUTUBE, Platform.TWITCH);
        assertThat(stats.totals).containsEntry(c.userId(), 17025L);
    }

    @Test
    void twitter_appears_in_the_breakdown_only_once_pushed() {
        Caller c = withProfile();
        assertThat(service.pushStats(c, Platform.TWITTER, 5, 0).stats().breakdown()).extracting(PlatformStats::platform)
                .containsExactly(Platform.TIKTOK, Platform.INSTAGRAM, Platform.YOUTUBE, Platform.TWITCH, Platform.TWITTER);
        assertThat(SocialStats.of(List.of(), NOW).breakdown()).hasSize(4);
        assertThat(SocialStats.of(List.of(), NOW).avgEngagement()).isZero();
    }

    @Test
    void user_without_profile_is_not_found_and_nothing_is_stored() {
        Caller c = new Caller(UUID.randomUUID(), Role.CREATOR, UUID.randomUUID());
        assertThatThrownBy(() -> service.pushStats(c, Platform.TIKTOK, 1, 1)).isInstanceOf(NotFound.class);
        assertThat(stats.rows).isEmpty();
    }

    @Test
    void youtube_cannot_be_pushed_and_out_of_range_values_are_refused() {
        Caller c = withProfile();
        assertThatThrownBy(() -> service.pushStats(c, Platform.YOUTUBE, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.pushStats(c, Platform.TIKTOK, -1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.pushStats(c, Platform.TIKTOK, 1, 100.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Platform.pushableByKey("youtube")).isEmpty();
        assertThat(Platform.pushableByKey("twitter")).contains(Platform.TWITTER);
    }
}
