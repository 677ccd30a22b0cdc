package io.ensemble.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one settable clock of every module's tests (core-domain's test-jar): tests move time instead
 * of sleeping (DESIGN §Patterns "Time"). {@code new MutableClock(start)} stands still until
 * {@link #advance} or {@link #set}; {@link #ticking} runs at real speed from a chosen instant, for code
 * that also times its own waits with the clock (db-scheduler). Zone variants share the same time.
 */
public final class MutableClock extends Clock {
    /** The time source: a frozen instant, or the offset of a ticking clock from the system clock. */
    private record Reading(Instant frozen, Duration offset) {
        Instant now() {
            // ticking: microseconds, as PostgreSQL stores them, so a time read back equals the one written
            return frozen != null ? frozen : Instant.now().plus(offset).truncatedTo(ChronoUnit.MICROS);
        }

        Reading at(Instant instant) {
            return frozen != null ? new Reading(instant, null) : new Reading(null, Duration.between(Instant.now(), instant));
        }
    }

    private final AtomicReference<Reading> reading;
    private final ZoneId zone;

    /** A clock that stands at {@code start} (UTC) until moved. */
    public MutableClock(Instant start) {
        this(new AtomicReference<>(new Reading(Objects.requireNonNull(start, "start"), null)), ZoneOffset.UTC);
    }

    private MutableClock(AtomicReference<Reading> reading, ZoneId zone) {
        this.reading = reading;
        this.zone = zone;
    }

    /** @return a clock that reads {@code start} now and then runs at real speed (UTC, microsecond precision) */
    public static MutableClock ticking(Instant start) {
        Objects.requireNonNull(start, "start");
        return new MutableClock(new AtomicReference<>(new Reading(null, Duration.between(Instant.now(), start))),
                ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new MutableClock(reading, newZone);
    }

    @Override
    public Instant instant() {
        return reading.get().now();
    }

    /** Moves time forward (or backward, for a negative duration). */
    public void advance(Duration by) {
        Objects.requireNonNull(by, "by");
        reading.updateAndGet(r -> r.frozen != null ? new Reading(r.frozen.plus(by), null)
                : new Reading(null, r.offset.plus(by)));
    }

    /** Jumps to {@code instant}; a ticking clock keeps running from there. */
    public void set(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        reading.updateAndGet(r -> r.at(instant));
    }
}
