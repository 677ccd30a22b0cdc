package io.ensemble.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.stats.DateRange;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatsPeriodTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-12-08");

    private static String fieldOf(Runnable parse) {
        try {
            parse.run();
        } catch (ValidationFailed e) {
            return String.join(",", e.errors().stream().map(FieldError::field).toList());
        }
        throw new AssertionError("accepted");
    }

    @Test
    void defaults_to_the_30_days_up_to_today_and_keeps_both_ends() {
        assertThat(StatsPeriod.parse(null, " ", TODAY)).isEqualTo(new DateRange(LocalDate.parse("2026-11-09"), TODAY));
        assertThat(StatsPeriod.parse(null, "2026-01-31", TODAY).from()).isEqualTo(LocalDate.parse("2026-01-02"));
        DateRange one = StatsPeriod.parse("2026-05-10", "2026-05-10", TODAY);
        assertThat(one.days()).isEqualTo(1);
        assertThat(one.start()).isEqualTo(Instant.parse("2026-05-10T00:00:00Z"));
        assertThat(one.end()).isEqualTo(Instant.parse("2026-05-11T00:00:00Z"));
        assertThat(StatsPeriod.parse("2023-01-01", "2024-01-01", TODAY).days()).isEqualTo(366);
    }

    @Test
    void names_the_bad_field() {
        assertThat(fieldOf(() -> StatsPeriod.parse("2026-5-1", null, TODAY))).isEqualTo("from");
        assertThat(fieldOf(() -> StatsPeriod.parse("x", "y", TODAY))).isEqualTo("from,to");
        assertThat(fieldOf(() -> StatsPeriod.parse("2026-05-11", "2026-05-10", TODAY))).isEqualTo("from");
        assertThat(fieldOf(() -> StatsPeriod.parse("2023-01-01", "2024-01-02", TODAY))).isEqualTo("to");
        assertThat(fieldOf(() -> StatsPeriod.parse("2026-12-09", null, TODAY))).isEqualTo("from");
        assertThatThrownBy(() -> new DateRange(TODAY, TODAY.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
