package io.ensemble.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The totals rule of issue 6 §3: linked snapshots replace pushed stats per platform; others keep pushed stats. */
class SocialTotalsTest {
    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");
    private static final UUID USER = UUID.randomUUID();

    private static SocialAccount account(Platform platform) {
        return new SocialAccount(UUID.randomUUID(), USER, platform,
                new ProviderProfile("id-" + UUID.randomUUID(), "u", Optional.empty(), Optional.empty()),
                LinkMethod.OAUTH, LinkStatus.ACTIVE, Optional.empty(), List.of(), Optional.empty(), AT, AT);
    }

    private static StatsSnapshot snap(SocialAccount a, long followers, OptionalDouble rate) {
        return new StatsSnapshot(a.id(), followers, OptionalLong.empty(), OptionalLong.empty(), rate, AT);
    }

    @Test
    void pushed_stats_alone_sum_and_average_non_zero_engagement() {
        var t = SocialTotals.combine(List.of(new PlatformStats(Platform.TIKTOK, 1000, 7.5, AT),
                new PlatformStats(Platform.TWITCH, 100, 0, AT)), List.of(), List.of());
        assertThat(t.totalFollowers()).isEqualTo(1100);
        assertThat(t.avgEngagement()).isEqualTo(7.5);
    }

    @Test
    void a_linked_platform_replaces_its_pushed_stats_and_several_accounts_of_one_platform_add_up() {
        SocialAccount tiktok = account(Platform.TIKTOK);
        SocialAccount ig1 = account(Platform.INSTAGRAM);
        SocialAccount ig2 = account(Platform.INSTAGRAM);
        var t = SocialTotals.combine(
                List.of(new PlatformStats(Platform.TIKTOK, 1000, 7.5, AT),
                        new PlatformStats(Platform.YOUTUBE, 50, 2.0, AT)),
                List.of(tiktok, ig1, ig2),
                List.of(snap(tiktok, 3000, OptionalDouble.empty()), snap(ig1, 10, OptionalDouble.of(4.0)),
                        snap(ig2, 20, OptionalDouble.of(6.0))));
        assertThat(t.totalFollowers()).isEqualTo(3000 + 30 + 50);
        assertThat(t.avgEngagement()).isEqualTo((5.0 + 2.0) / 2);
    }

    @Test
    void snapshots_of_accounts_no_longer_linked_are_ignored() {
        SocialAccount gone = account(Platform.SPOTIFY);
        var t = SocialTotals.combine(List.of(), List.of(), List.of(snap(gone, 999, OptionalDouble.empty())));
        assertThat(t.totalFollowers()).isZero();
    }

    @Test
    void pkce_challenge_is_base64url_sha256_and_states_are_random_43_chars() {
        // expected value computed independently: base64.urlsafe_b64encode(hashlib.sha256(v).digest()) without '='
        assertThat(OAuthSecrets.challenge("dBjftJeZ4CVP-mJ92K1Ksq1Y9hbaXcOkoNG0QhIl2HrJM"))
                .isEqualTo("pYMAs06xU_qBab_phf7NFMucMR4FJfdxIINLqo8XVGY");
        String a = OAuthSecrets.random();
        assertThat(a).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(OAuthSecrets.random());
        assertThat(OAuthSecrets.hash(a)).hasSize(64).isNotEqualTo(a);
    }
}
