package io.ensemble.web.compat.sioree;

import io.ensemble.events.EventQuery;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.paging.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Seeds/000's event filters ({@code search}, {@code location}, {@code date}) as the native
 * {@link EventQuery}: {@code location} is a {@code lat,lng} point (with {@code radiusKm}) or place
 * words added to the text search; {@code date} a UTC day or the 24 hours from an instant. Native
 * field errors are renamed to the seed's parameters.
 *
 * @param text the native text search, null for none
 * @param near {@code lat,lng}, null for none
 * @param from / to the time window, null for "from now"
 */
record SioreeEventQuery(String text, String near, String radiusKm, String from, String to) {
    private static final Pattern POINT = Pattern.compile("\\s*-?\\d+(\\.\\d+)?\\s*,\\s*-?\\d+(\\.\\d+)?\\s*");
    private static final Map<String, String> FIELDS = Map.of("text", "search", "near", "location", "from", "date",
            "to", "date");

    /** @throws ValidationFailed (field {@code date}) for a date that is neither a day nor an instant */
    static SioreeEventQuery parse(String search, String location, String date, String radiusKm) {
        boolean point = location != null && POINT.matcher(location).matches();
        String words = String.join(" ", java.util.stream.Stream.of(search, point ? null : location)
                .filter(s -> s != null && !s.isBlank()).map(String::strip).toList());
        Instant from = null;
        if (date != null && !date.isBlank()) {
            from = day(date.strip());
        }
        return new SioreeEventQuery(words.isEmpty() ? null : words, point ? location.strip() : null, radiusKm,
                from == null ? null : from.toString(), from == null ? null : from.plus(Duration.ofDays(1)).toString());
    }

    /**
     * @return the native query for one cursor page
     * @throws ValidationFailed naming the seed's parameters
     */
    EventQuery toNative(PageRequest page) {
        return SeedFields.renamed(FIELDS, () -> EventQuery.parse(text, from, to, near, radiusKm, List.of(), null,
                null, page.cursor().orElse(null), Integer.toString(page.limit())));
    }

    private static Instant day(String value) {
        try {
            return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notADay) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new ValidationFailed(List.of(new FieldError("date",
                        "must be a day (2027-01-15) or an ISO-8601 date-time (2027-01-15T21:00:00Z)")));
            }
        }
    }
}
