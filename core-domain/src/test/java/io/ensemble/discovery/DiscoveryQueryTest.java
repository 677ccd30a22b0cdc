package io.ensemble.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Validation of discovery query parameters (seeds/001 §Discovery; issue 5 §2). */
class DiscoveryQueryTest {

    private static DiscoveryQuery parse(String search, List<String> categories, String min, String max,
                                        String cursor, String limit) {
        return DiscoveryQuery.parse(search, categories, null, min, max, cursor, limit);
    }

    private static List<String> badFields(Runnable r) {
        try {
            r.run();
        } catch (ValidationFailed e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("expected ValidationFailed");
    }

    @Test
    void nothing_given_means_no_filters_and_a_page_of_20() {
        DiscoveryQuery q = DiscoveryQuery.parse(null, null, " ", "", null, null, null);
        assertThat(q.search()).isEmpty();
        assertThat(q.categories()).isEmpty();
        assertThat(q.region()).isEmpty();
        assertThat(q.minFollowers()).isEmpty();
        assertThat(q.maxFollowers()).isEmpty();
        assertThat(q.limit()).isEqualTo(20);
        assertThat(q.after()).isEmpty();
        assertThat(q.searching()).isFalse();
    }

    @Test
    void categories_may_repeat_or_be_comma_separated_and_are_normalised() {
        DiscoveryQuery q = parse(null, Arrays.asList("Hair, nails", "spa", null, "hair", ","), null, null, null, null);
        assertThat(q.categories()).containsExactly("hair", "nails", "spa");
    }

    @Test
    void malformed_category_or_too_many_is_rejected() {
        assertThat(badFields(() -> parse(null, List.of("hair;drop"), null, null, null, null)))
                .containsExactly("categories");
        List<String> many = java.util.stream.IntStream.range(0, 21).mapToObj(i -> "c" + i).toList();
        assertThat(badFields(() -> parse(null, many, null, null, null, null))).containsExactly("categories");
    }

    @Test
    void follower_bounds_are_whole_non_negative_numbers_in_order() {
        DiscoveryQuery q = parse(null, null, "10", "10", null, null);
        assertThat(q.minFollowers()).hasValue(10);
        assertThat(q.maxFollowers()).hasValue(10);
        assertThat(badFields(() -> parse(null, null, "abc", null, null, null))).containsExactly("minFollowers");
        assertThat(badFields(() -> parse(null, null, null, "-1", null, null))).containsExactly("maxFollowers");
        assertThat(badFields(() -> parse(null, null, "1.5", "99999999999999999999", null, null)))
                .containsExactly("minFollowers", "maxFollowers");
        assertThat(badFields(() -> parse(null, null, "11", "10", null, null))).containsExactly("maxFollowers");
    }

    @Test
    void limit_is_clamped_and_must_be_a_number() {
        assertThat(parse(null, null, null, null, null, "100000").limit()).isEqualTo(100);
        assertThat(parse(null, null, null, null, null, "0").limit()).isEqualTo(1);
        assertThat(badFields(() -> parse(null, null, null, null, null, "ten"))).containsExactly("limit");
    }

    @Test
    void search_is_trimmed_and_capped() {
        assertThat(parse("  glw   studo ", null, null, null, null, null).search()).hasValue("glw studo");
        assertThat(badFields(() -> parse("x".repeat(101), null, null, null, null, null))).containsExactly("search");
    }

    @Test
    void every_bad_field_is_reported_at_once() {
        assertThat(badFields(() -> DiscoveryQuery.parse(null, List.of("BAD!"), null, "x", "y", "zz", "q")))
                .containsExactlyInAnyOrder("categories", "minFollowers", "maxFollowers", "limit", "cursor");
    }

    @Test
    void cursor_round_trips_and_must_match_the_ordering() {
        UUID id = UUID.randomUUID();
        String byFollowers = new DiscoveryCursor(false, 1234, 0f, id).encode();
        String byScore = new DiscoveryCursor(true, 0, 0.37512f, id).encode();
        assertThat(parse(null, null, null, null, byFollowers, null).after())
                .hasValue(new DiscoveryCursor(false, 1234, 0f, id));
        assertThat(parse("glow", null, null, null, byScore, null).after())
                .hasValue(new DiscoveryCursor(true, 0, 0.37512f, id));
        assertThat(badFields(() -> parse("glow", null, null, null, byFollowers, null))).containsExactly("cursor");
        assertThat(badFields(() -> parse(null, null, null, null, byScore, null))).containsExactly("cursor");
        assertThatThrownBy(() -> DiscoveryCursor.decode("%%%", false)).isInstanceOf(ValidationFailed.class);
    }

    @Test
    void platform_is_any_social_platform_key_case_insensitively_and_anything_else_is_a_field_error() {
        assertThat(DiscoveryQuery.parse(null, null, null, null, null, null, null, " TikTok ").platform())
                .contains(io.ensemble.social.Platform.TIKTOK);
        assertThat(DiscoveryQuery.parse(null, null, null, null, null, null, null, "youtube").platform())
                .contains(io.ensemble.social.Platform.YOUTUBE);
        assertThat(DiscoveryQuery.parse(null, null, null, null, null, null, null, " ").platform()).isEmpty();
        assertThat(parse(null, null, null, null, null, null).platform()).isEmpty();
        assertThat(badFields(() -> DiscoveryQuery.parse(null, null, null, null, null, null, null, "myspace")))
                .containsExactly("platform");
    }
}
