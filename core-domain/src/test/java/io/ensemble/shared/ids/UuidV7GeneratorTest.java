package io.ensemble.shared.ids;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** RFC 9562 §5.7 version-7 UUIDs. */
class UuidV7GeneratorTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-01-15T10:00:00.123Z"));
    final UuidV7Generator ids = new UuidV7Generator(clock);

    @Test
    void ids_are_version_7_variant_2() {
        IntStream.range(0, 1_000).mapToObj(i -> ids.newId()).forEach(id -> {
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(id.toString()).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        });
    }

    @Test
    void the_first_48_bits_are_the_clock_milliseconds() {
        UUID id = ids.newId();

        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(clock.millis());
        assertThat(id.toString()).startsWith(String.format("%08x-%04x", clock.millis() >>> 16, clock.millis() & 0xFFFF));
    }

    @Test
    void ids_are_ordered_by_creation_time() {
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            made.add(ids.newId());
            clock.advance(Duration.ofMillis(1 + i % 3));
        }

        assertThat(made).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(made.stream().map(UUID::toString).toList()).isSorted();
    }

    @Test
    void ids_made_in_the_same_millisecond_are_distinct_and_share_the_timestamp() {
        Set<UUID> made = new HashSet<>();
        IntStream.range(0, 10_000).forEach(i -> made.add(ids.newId()));

        assertThat(made).hasSize(10_000);
        assertThat(made).allSatisfy(id -> assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(clock.millis()));
    }

    @Test
    void the_random_bits_vary() {
        UUID a = ids.newId();
        UUID b = ids.newId();

        assertThat(a.getLeastSignificantBits()).isNotEqualTo(b.getLeastSignificantBits());
    }
}
