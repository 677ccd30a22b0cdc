package io.ensemble.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Field rules of the onboarding and update commands (issue 5 §1). */
class ProfileCommandValidationTest {

    private static void failsOn(ThrowingCallable call, String... fields) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationFailed.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(fields));
    }

    @Test
    void influencer_needs_bio_categories_and_region() {
        failsOn(() -> new InfluencerOnboarding(null, null, " ", null, null), "bio", "categories", "region");
    }

    @Test
    void lengths_are_counted_in_code_points() {
        String emoji = "😀".repeat(ProfileFields.BIO_MAX);
        assertThat(new InfluencerOnboarding(emoji, List.of("hair"), "R", null, null).bio()).isEqualTo(emoji);
        failsOn(() -> new InfluencerOnboarding(emoji + "x", List.of("hair"), "R", null, null), "bio");
    }

    @Test
    void more_than_ten_categories_or_malformed_slugs_are_refused() {
        List<String> eleven = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k");
        failsOn(() -> new InfluencerOnboarding("b", eleven, "R", null, null), "categories");
        failsOn(() -> new InfluencerOnboarding("b", List.of("Hair Care!"), "R", null, null), "categories");
    }

    @Test
    void salon_website_must_be_http_or_https_with_a_host() {
        failsOn(() -> new SalonOnboarding("Glow", null, List.of("hair"), "R", null, "javascript:alert(1)"), "website");
        failsOn(() -> new SalonOnboarding("Glow", null, List.of("hair"), "R", null, "https://"), "website");
        assertThat(new SalonOnboarding("Glow", null, List.of("hair"), "R", null, "https://glow.example.com/x")
                .website()).isEqualTo("https://glow.example.com/x");
    }

    @Test
    void rates_need_min_at_most_max_non_negative_and_a_real_iso_currency() {
        failsOn(() -> CreatorOnboarding.of("b", List.of("hair"), "R", null, null, 500L, 100L, "USD", null), "minRate");
        failsOn(() -> CreatorOnboarding.of("b", List.of("hair"), "R", null, null, -1L, 100L, "USD", null), "minRate");
        failsOn(() -> CreatorOnboarding.of("b", List.of("hair"), "R", null, null, 1L, 100L, "ZZZ", null), "currency");
        failsOn(() -> CreatorOnboarding.of("b", List.of("hair"), "R", null, null, 1L, null, "USD", null), "maxRate");
        assertThat(CreatorOnboarding.of("b", List.of("hair"), "R", null, null, 100L, 100L, "eur", "Busy").rates())
                .contains(new MoneyRange(100, 100, "EUR"));
    }

    @Test
    void availability_must_be_a_known_value() {
        failsOn(() -> CreatorOnboarding.of("b", List.of("hair"), "R", null, null, null, null, null, "soon"),
                "availability");
    }

    @Test
    void update_checks_username_phone_and_currency_only_with_amounts() {
        failsOn(() -> new ProfileUpdate(null, "a b", null, null, "555", null, null, null, null, null, null, null,
                null, null, null, null, null, null, "USD", null), "username", "phone", "currency");
        failsOn(() -> new ProfileUpdate(" ", null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null), "displayName");
    }
}
