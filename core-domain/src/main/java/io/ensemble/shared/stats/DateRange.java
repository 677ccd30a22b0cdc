package io.ensemble.shared.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A range of whole UTC days, both ends included, for the statistics read ports (issue 20 §3).
 *
 * @param from the first day
 * @param to the last day, not before {@code from}
 */
public record DateRange(LocalDate from, LocalDate to) {
    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
    }

    /** @return how many days the range covers (1 for a single day) */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** @return the first instant of {@code from} (00:00 UTC) */
    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** @return the first instant after the range (00:00 UTC of the day after {@code to}) */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
