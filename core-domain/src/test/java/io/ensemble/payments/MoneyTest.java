package io.ensemble.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import org.junit.jupiter.api.Test;

class MoneyTest {
    @Test
    void parses_minor_units_and_normalises_the_currency() {
        assertThat(Money.parse("price", 1999L, " usd ")).isEqualTo(new Money(1999, "USD"));
        assertThat(Money.parse("price", Long.MAX_VALUE, "JPY").amount()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void zero_negative_missing_and_unknown_currency_name_the_field() {
        assertFields(() -> Money.parse("price", 0L, "USD"), "price.amount");
        assertFields(() -> Money.parse("price", -1L, "USD"), "price.amount");
        assertFields(() -> Money.parse("price", null, null), "price.amount", "price.currency");
        assertFields(() -> Money.parse("price", 5L, "XYZ"), "price.currency");
        assertFields(() -> Money.parse("price", 5L, "US"), "price.currency");
    }

    @Test
    void subtraction_is_exact() {
        assertThat(new Money(1999, "USD").minus(199)).isEqualTo(new Money(1800, "USD"));
        assertThatThrownBy(() -> new Money(100, "USD").minus(100)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertFields(Runnable r, String... fields) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(ValidationFailed.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(fields));
    }
}
