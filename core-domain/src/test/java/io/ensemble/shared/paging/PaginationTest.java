package io.ensemble.shared.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaginationTest {

    @Test
    void limit_defaults_to_20_and_is_clamped_to_1_through_100() {
        assertThat(PageRequest.of(null, null).limit()).isEqualTo(20);
        assertThat(PageRequest.of("100000", null).limit()).isEqualTo(100);
        assertThat(PageRequest.of("99999999999999999999", null).limit()).isEqualTo(100);
        assertThat(PageRequest.of("0", null).limit()).isEqualTo(1);
        assertThat(PageRequest.of("-5", null).limit()).isEqualTo(1);
        assertThat(PageRequest.of("7", " ").cursor()).isEmpty();
    }

    @Test
    void non_numeric_limit_is_a_validation_error() {
        assertThatThrownBy(() -> PageRequest.of("ten", null)).isInstanceOf(ValidationFailed.class);
    }

    @Test
    void cursor_round_trips_with_nanosecond_precision() {
        Cursor c = new Cursor(Instant.parse("2026-11-23T10:15:30.123456789Z"), UUID.randomUUID());
        assertThat(Cursor.decode(c.encode())).isEqualTo(c);
        assertThat(c.encode()).doesNotContain("=", "+", "/");
    }

    @Test
    void foreign_cursors_are_rejected_on_the_cursor_field() {
        for (String bad : new String[] {"abc", "!!!", "MTIz", ""}) {
            assertThatThrownBy(() -> Cursor.decode(bad))
                    .isInstanceOfSatisfying(ValidationFailed.class,
                            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("cursor"));
        }
    }

    @Test
    void overfetch_gives_a_next_cursor_only_when_an_extra_row_exists() {
        Page<Integer> last = Page.fromOverfetch(List.of(1, 2), 2, i -> "c" + i);
        assertThat(last.items()).containsExactly(1, 2);
        assertThat(last.nextCursor()).isEmpty();
        Page<Integer> more = Page.fromOverfetch(List.of(1, 2, 3), 2, i -> "c" + i);
        assertThat(more.items()).containsExactly(1, 2);
        assertThat(more.nextCursor()).contains("c2");
        assertThat(more.map(i -> i * 10).items()).containsExactly(10, 20);
    }
}
