package io.ensemble.web.compat.sioree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.payments.Money;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.paging.Page;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Seeds/000's page numbers, decimal prices and tags over the native shapes (issue 21 §4). */
class SioreeTranslationTest {
    private static final List<Integer> ROWS = IntStream.rangeClosed(1, 250).boxed().toList();

    /** A native cursor list of {@link #ROWS}: the cursor is the index of the next row. */
    private static Page<Integer> nativePage(io.ensemble.shared.paging.PageRequest request) {
        int from = request.cursor().map(Integer::parseInt).orElse(0);
        int to = Math.min(ROWS.size(), from + request.limit());
        return new Page<>(ROWS.subList(from, to), to < ROWS.size() ? Optional.of(Integer.toString(to))
                : Optional.empty());
    }

    @Test
    void page_numbers_walk_the_cursor_pages_and_count_the_total() {
        var first = PageNumbers.parse(null, "20", 50).walk(SioreeTranslationTest::nativePage);
        assertThat(first.items()).containsExactlyElementsOf(ROWS.subList(0, 20));
        assertThat(first.total()).isEqualTo(250);
        assertThat(first.hasMore()).isTrue();
        var third = PageNumbers.parse("3", "100", 20).walk(SioreeTranslationTest::nativePage);
        assertThat(third.items()).containsExactlyElementsOf(ROWS.subList(200, 250));
        assertThat(third.hasMore()).isFalse();
        assertThat(PageNumbers.parse("9", "100", 20).walk(SioreeTranslationTest::nativePage).items()).isEmpty();
    }

    @Test
    void page_and_limit_out_of_range_name_the_field() {
        assertThatThrownBy(() -> PageNumbers.parse("0", null, 20)).isInstanceOfSatisfying(ValidationFailed.class, v -> assertThat(v.errors()).extracting(FieldError::field)
                        .containsExactly("page"));
        assertThatThrownBy(() -> PageNumbers.parse("101", null, 20)).isInstanceOf(ValidationFailed.class);
        assertThatThrownBy(() -> PageNumbers.parse("1", "x", 20)).isInstanceOfSatisfying(ValidationFailed.class, v -> assertThat(v.errors()).extracting(FieldError::field)
                        .containsExactly("limit"));
    }

    @Test
    void decimal_prices_become_minor_units_and_price_text() {
        assertThat(SioreeMoney.minorUnits(new BigDecimal("50"), "USD")).contains(5000L);
        assertThat(SioreeMoney.minorUnits(new BigDecimal("49.99"), "USD")).contains(4999L);
        assertThat(SioreeMoney.minorUnits(BigDecimal.ZERO, "USD")).isEmpty();
        assertThat(SioreeMoney.minorUnits(null, "USD")).isEmpty();
        assertThatThrownBy(() -> SioreeMoney.minorUnits(new BigDecimal("1.999"), "USD"))
                .isInstanceOfSatisfying(ValidationFailed.class, v -> assertThat(v.errors()).extracting(FieldError::field)
                        .containsExactly("ticketPrice"));
        assertThatThrownBy(() -> SioreeMoney.minorUnits(new BigDecimal("-1"), "USD"))
                .isInstanceOf(ValidationFailed.class);
        assertThat(SioreeMoney.text(Optional.of(new Money(7500, "USD")))).isEqualTo("$75");
        assertThat(SioreeMoney.text(Optional.of(new Money(4950, "USD")))).isEqualTo("$49.50");
        assertThat(SioreeMoney.text(Optional.of(new Money(10000, "USD")))).isEqualTo("$100");
        assertThat(SioreeMoney.text(Optional.empty())).isEqualTo("Free");
        assertThat(SioreeMoney.decimal(Optional.of(new Money(4999, "USD")))).isEqualByComparingTo("49.99");
    }

    @Test
    void app_tags_and_native_slugs_translate_both_ways() {
        assertThat(SioreeEventBodies.slug(" House Party ")).isEqualTo("house-party");
        assertThat(SioreeEventBodies.label("house-party")).isEqualTo("House Party");
        assertThat(SioreeEventBodies.label("halloween")).isEqualTo("Halloween");
    }
}
