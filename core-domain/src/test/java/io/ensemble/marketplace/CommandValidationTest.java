package io.ensemble.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CommandValidationTest {
    private static final String ID = UUID.randomUUID().toString();

    @Test
    void package_command_normalises_and_checks_every_field() {
        PackageCommand ok = new PackageCommand(" Reels ", "Instagram", "Reel", 3, 1, 7, 1999L, "eur", null);
        assertThat(ok.platform()).isEqualTo("instagram");
        assertThat(ok.money().currency()).isEqualTo("EUR");
        assertThat(ok.description()).isEmpty();
        assertFields(() -> new PackageCommand(null, "", "x", 0, -1, 366, 0L, "EUR", "d"),
                "title", "platform", "quantity", "revisions", "durationDays", "price.amount");
    }

    @Test
    void place_order_takes_a_package_or_a_custom_offer_not_both() {
        assertThat(new PlaceOrder(ID, null, null, null, "2026-12-31", null, null).pkg()).isPresent();
        assertThat(new PlaceOrder(null, ID, "Video", "", null, 500L, "usd").price().orElseThrow().currency())
                .isEqualTo("USD");
        assertFields(() -> new PlaceOrder(ID, ID, null, null, null, null, null), "packageId");
        assertFields(() -> new PlaceOrder(null, null, null, null, null, null, null),
                "creatorId", "title", "price.amount", "price.currency");
        assertFields(() -> new PlaceOrder(ID, null, null, null, "tomorrow", null, null), "deadline");
        assertFields(() -> new PlaceOrder("x", null, null, null, null, null, null), "packageId");
    }

    @Test
    void fingerprints_differ_for_different_requests_and_match_for_equal_ones() {
        PlaceOrder a = new PlaceOrder(ID, null, null, "Daylight", null, null, null);
        assertThat(a.fingerprint()).isEqualTo(new PlaceOrder(ID, null, null, " Daylight ", null, null, null).fingerprint());
        assertThat(a.fingerprint()).isNotEqualTo(new PlaceOrder(ID, null, null, "Night", null, null, null).fingerprint());
        assertThat(a.fingerprint()).hasSize(64);
    }

    @Test
    void transition_command_checks_deliverables_and_outcome_per_action() {
        assertThat(new TransitionCommand("deliver", null, List.of("https://x.io/a", ID), null).deliverables()).hasSize(2);
        assertThat(new TransitionCommand("RESOLVE", "ok", null, "refunded").resolution()).contains(OrderStatus.REFUNDED);
        assertFields(() -> new TransitionCommand("deliver", null, List.of(), null), "deliverables");
        assertFields(() -> new TransitionCommand("deliver", null, List.of("file:///etc/passwd"), null), "deliverables");
        assertFields(() -> new TransitionCommand("accept", null, List.of("https://x.io"), null), "deliverables");
        assertFields(() -> new TransitionCommand("resolve", null, null, "PAID"), "outcome");
        assertFields(() -> new TransitionCommand("approve", null, null, "COMPLETED"), "outcome");
        assertFields(() -> new TransitionCommand("fly", null, null, null), "action");
        assertFields(() -> new TransitionCommand(null, "x".repeat(1001), null, null), "action", "note");
    }

    @Test
    void review_rating_is_one_to_five() {
        assertThat(new ReviewCommand(5, null).comment()).isEmpty();
        assertFields(() -> new ReviewCommand(0, ""), "rating");
        assertFields(() -> new ReviewCommand(null, ""), "rating");
        assertFields(() -> new ReviewCommand(6, "x".repeat(2001)), "rating", "comment");
    }

    private static void assertFields(Runnable r, String... fields) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(ValidationFailed.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(fields));
    }
}
