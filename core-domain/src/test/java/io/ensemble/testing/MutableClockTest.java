package io.ensemble.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MutableClockTest {
    private static final Instant START = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void a_standing_clock_moves_only_when_told_and_zone_variants_follow() throws Exception {
        MutableClock clock = new MutableClock(START);
        var paris = clock.withZone(ZoneId.of("Europe/Paris"));
        Thread.sleep(5);
        assertThat(clock.instant()).isEqualTo(START);

        clock.advance(Duration.ofMinutes(10));
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(600));
        assertThat(paris.instant()).isEqualTo(START.plusSeconds(600));

        clock.set(START.minusSeconds(1));
        assertThat(paris.instant()).isEqualTo(START.minusSeconds(1));
    }

    @Test
    void a_ticking_clock_runs_at_real_speed_from_where_it_was_set() throws Exception {
        MutableClock clock = MutableClock.ticking(START);
        Instant first = clock.instant();
        assertThat(first).isBetween(START, START.plusSeconds(5));
        Thread.sleep(20);
        assertThat(clock.instant()).isAfter(first);

        clock.set(START.plus(Duration.ofDays(1)));
        assertThat(clock.instant()).isBetween(START.plus(Duration.ofDays(1)), START.plus(Duration.ofDays(1)).plusSeconds(5));
        clock.advance(Duration.ofHours(1));
        assertThat(clock.instant()).isAfterOrEqualTo(START.plus(Duration.ofDays(1)).plus(Duration.ofHours(1)));
        assertThat(clock.instant().getNano() % 1000).as("microsecond precision").isZero();
    }
}
