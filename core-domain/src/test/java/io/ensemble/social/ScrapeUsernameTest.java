package io.ensemble.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.shared.errors.ValidationFailed;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** User-name rules applied before any scraping call, and the engagement rate of recent posts. */
class ScrapeUsernameTest {
    @Test
    void normalises_a_leading_at_and_case() {
        assertThat(ScrapeUsername.normalise(Platform.INSTAGRAM, " @Glow.Studio_1 ", "username")).isEqualTo("glow.studio_1");
        assertThat(ScrapeUsername.normalise(Platform.TIKTOK, "@Glow_Studio.x", "u")).isEqualTo("glow_studio.x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", ".glow", "glow.", "glo..w", "glow studio", "glow/../x", "gløw",
            "a234567890123456789012345678901", "glow?x=1"})
    void rejects_names_instagram_does_not_allow(String bad) {
        assertThatThrownBy(() -> ScrapeUsername.normalise(Platform.INSTAGRAM, bad, "username"))
                .isInstanceOfSatisfying(ValidationFailed.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("username"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "glow.", "glow studio", "a23456789012345678901234x", "glow#1"})
    void rejects_names_tiktok_does_not_allow(String bad) {
        assertThatThrownBy(() -> ScrapeUsername.normalise(Platform.TIKTOK, bad, "username"))
                .isInstanceOf(ValidationFailed.class);
    }

    @Test
    void accepts_names_at_the_platform_limits() {
        assertThat(ScrapeUsername.normalise(Platform.INSTAGRAM, "a", "u")).isEqualTo("a");
        assertThat(ScrapeUsername.normalise(Platform.INSTAGRAM, "a".repeat(30), "u")).hasSize(30);
        assertThat(ScrapeUsername.normalise(Platform.TIKTOK, ".ab", "u")).isEqualTo(".ab");
        assertThat(ScrapeUsername.normalise(Platform.TIKTOK, "b".repeat(24), "u")).hasSize(24);
        assertThatThrownBy(() -> ScrapeUsername.normalise(Platform.YOUTUBE, "abc", "u"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void engagement_is_mean_interactions_per_post_over_followers_in_percent() {
        List<ScrapedPost> posts = List.of(new ScrapedPost("1", "", "", Optional.empty(), 560, 40, 0, 0),
                new ScrapedPost("2", "", "", Optional.empty(), 380, 20, 9100, 5));
        assertThat(EngagementRate.of(12_000, posts)).isEqualTo(4.17);
        assertThat(EngagementRate.of(0, posts)).isZero();
        assertThat(EngagementRate.of(100, List.of())).isZero();
        assertThat(EngagementRate.of(1, posts)).isEqualTo(100.0);
    }
}
