package io.ensemble.analytics;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.stats.DateRange;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code ?from=&to=} of {@code GET /api/v1/admin/dashboard/stats} (issue 20 §3): ISO dates
 * ({@code 2026-11-23}), both days included, UTC. Without {@code to} the range ends today; without
 * {@code from} it covers the {@value #DEFAULT_DAYS} days up to {@code to}. At most {@value #MAX_DAYS} days.
 */
public final class StatsPeriod {
    /** Days covered when {@code from} is not given. */
    public static final int DEFAULT_DAYS = 30;
    /** The longest range accepted, in days. */
    public static final int MAX_DAYS = 366;

    private StatsPeriod() {
    }

    /**
     * @param from first day or null/blank
     * @param to last day or null/blank
     * @param today the current UTC date
     * @return the range asked for
     * @throws ValidationFailed naming {@code from} (not a date, or after {@code to}) or {@code to} (not a
     *     date, or more than {@value #MAX_DAYS} days after {@code from})
     */
    public static DateRange parse(String from, String to, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        Optional<LocalDate> start = date("from", from, errors);
        Optional<LocalDate> end = date("to", to, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        LocalDate last = end.orElse(today);
        LocalDate first = start.orElse(last.minusDays(DEFAULT_DAYS - 1));
        if (first.isAfter(last)) {
            throw new ValidationFailed(List.of(new FieldError("from", "must not be after to (" + last + ")")));
        }
        DateRange range = new DateRange(first, last);
        if (range.days() > MAX_DAYS) {
            throw new ValidationFailed(List.of(new FieldError("to",
                    "must be at most " + MAX_DAYS + " days from from (both included); this range has " + range.days())));
        }
        return range;
    }

    private static Optional<LocalDate> date(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date such as 2026-11-23"));
            return Optional.empty();
        }
    }
}
