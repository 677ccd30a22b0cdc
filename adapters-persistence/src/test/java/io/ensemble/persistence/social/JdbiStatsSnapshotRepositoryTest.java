package io.ensemble.persistence.social;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.identity.Role;
import io.ensemble.persistence.DatabaseTestBase;
import io.ensemble.social.AccountLink;
import io.ensemble.social.LinkMethod;
import io.ensemble.social.Platform;
import io.ensemble.social.SocialAccount;
import io.ensemble.social.StatsSnapshot;
import java.time.Instant;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Stats snapshots against real PostgreSQL (issue 6 §3). */
class JdbiStatsSnapshotRepositoryTest extends DatabaseTestBase {
    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30.123456Z");
    private final JdbiSocialAccountRepository accounts = new JdbiSocialAccountRepository(handles);
    private final JdbiStatsSnapshotRepository snapshots = new JdbiStatsSnapshotRepository(handles);

    private SocialAccount account(UUID user, Platform platform, String providerId) {
        return accounts.link(new AccountLink(UUID.randomUUID(), user, platform,
                JdbiSocialAccountRepositoryTest.profile(providerId, "ada"), LinkMethod.OAUTH, NOW)).orElseThrow();
    }

    private static StatsSnapshot snap(UUID account, long followers, Instant at) {
        return new StatsSnapshot(account, followers, OptionalLong.of(10), OptionalLong.of(3),
                OptionalDouble.of(4.25), at);
    }

    @Test
    void snapshots_are_appended_and_read_newest_first_with_absent_counts_kept_absent() {
        UUID user = JdbiSocialAccountRepositoryTest.user(Role.INFLUENCER);
        SocialAccount acc = account(user, Platform.TWITCH, "1");
        StatsSnapshot older = snap(acc.id(), 100, NOW);
        StatsSnapshot newer = new StatsSnapshot(acc.id(), 150, OptionalLong.empty(), OptionalLong.empty(),
                OptionalDouble.empty(), NOW.plusSeconds(60));
        snapshots.append(older);
        snapshots.append(newer);

        assertThat(snapshots.history(acc.id(), 10)).containsExactly(newer, older);
        assertThat(snapshots.latest(acc.id())).contains(newer);
        assertThat(snapshots.history(acc.id(), 1)).containsExactly(newer);
    }

    @Test
    void latest_for_user_gives_one_snapshot_per_account_of_that_user_only() {
        UUID user = JdbiSocialAccountRepositoryTest.user(Role.INFLUENCER);
        UUID other = JdbiSocialAccountRepositoryTest.user(Role.INFLUENCER);
        SocialAccount tiktok = account(user, Platform.TIKTOK, "t");
        SocialAccount youtube = account(user, Platform.YOUTUBE, "y");
        SocialAccount foreign = account(other, Platform.TIKTOK, "o");
        account(user, Platform.SPOTIFY, "never-synced");
        snapshots.append(snap(tiktok.id(), 1, NOW));
        snapshots.append(snap(tiktok.id(), 2, NOW.plusSeconds(10)));
        snapshots.append(snap(youtube.id(), 7, NOW));
        snapshots.append(snap(foreign.id(), 99, NOW.plusSeconds(20)));

        assertThat(snapshots.latestForUser(user)).containsExactlyInAnyOrder(
                snap(tiktok.id(), 2, NOW.plusSeconds(10)), snap(youtube.id(), 7, NOW));
    }

    @Test
    void deleting_an_account_deletes_its_snapshots() {
        UUID user = JdbiSocialAccountRepositoryTest.user(Role.INFLUENCER);
        SocialAccount acc = account(user, Platform.TIKTOK, "t");
        snapshots.append(snap(acc.id(), 1, NOW));
        accounts.deleteOwned(acc.id(), user);
        assertThat(count("SELECT count(*) FROM social_stats_snapshots")).isZero();
    }
}
