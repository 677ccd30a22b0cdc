package io.ensemble.events;

import io.ensemble.payments.Money;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.errors.Validator;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Body of creating or replacing an event (issue 21 §1; seeds/000 {@code events} fields). Every field
 * is sent on both create and update (a replace). Self-validating: the constructor throws
 * {@link ValidationFailed} naming each bad field, with the values normalised (trimmed text, tags
 * lower-cased and de-duplicated, times in whole seconds). Whether the start lies in the future
 * depends on the clock and is checked by {@link #requireStartAfter}.
 *
 * @param title 1..{@value #TITLE_MAX} characters
 * @param description 0..{@value #DESCRIPTION_MAX} characters (null is empty)
 * @param startsAt ISO-8601 instant with offset, e.g. {@code 2027-01-15T21:00:00Z}
 * @param endsAt optional ISO-8601 instant after {@code startsAt}, at most {@link #MAX_DURATION} later
 * @param location 1..{@value #LOCATION_MAX} characters of venue / address text
 * @param latitude -90..90, given together with {@code longitude} or not at all
 * @param longitude -180..180
 * @param priceAmount ticket price in minor units (> 0) with {@code priceCurrency}; both null for a free event
 * @param priceCurrency ISO-4217 code
 * @param capacity seats, ≥ 1, or null for unlimited
 * @param tags up to {@value #TAGS_MAX} slugs of letters, digits and hyphens (a leading {@code #} is dropped)
 * @param images up to {@value #IMAGES_MAX} media ids (UUID) or https URLs
 * @param featured requested featured flag; null keeps it (update) or means false (create)
 */
public record EventCommand(String title, String description, String startsAt, String endsAt, String location,
                           Double latitude, Double longitude, Long priceAmount, String priceCurrency,
                           Integer capacity, List<String> tags, List<String> images, Boolean featured) {
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 5000;
    public static final int LOCATION_MAX = 255;
    public static final int TAGS_MAX = 10;
    public static final int IMAGES_MAX = 10;
    public static final int CAPACITY_MAX = 1_000_000;
    /** Longest event: searches rely on it to bound how long before a window an event may start. */
    public static final Duration MAX_DURATION = Duration.ofDays(30);

    /** @throws ValidationFailed naming every bad field */
    public EventCommand {
        title = strip(title);
        description = description == null ? "" : description.strip();
        location = strip(location);
        Validator v = new Validator();
        if (v.required("title", title)) {
            v.maxLength("title", title, TITLE_MAX);
        }
        v.maxLength("description", description, DESCRIPTION_MAX);
        if (v.required("location", location)) {
            v.maxLength("location", location, LOCATION_MAX);
        }
        Optional<Instant> start = instant("startsAt", startsAt, true, v);
        Optional<Instant> end = instant("endsAt", endsAt, false, v);
        if (start.isPresent() && end.isPresent()) {
            v.check(end.get().isAfter(start.get()), "endsAt", "must be after startsAt");
            v.check(!end.get().isAfter(start.get().plus(MAX_DURATION)), "endsAt",
                    "must be at most " + MAX_DURATION.toDays() + " days after startsAt");
        }
        startsAt = start.map(Instant::toString).orElse(startsAt);
        endsAt = end.map(Instant::toString).orElse(null);
        coordinates(v, latitude, longitude);
        v.check(capacity == null || (capacity >= 1 && capacity <= CAPACITY_MAX), "capacity",
                "must be a whole number from 1 to " + CAPACITY_MAX + ", or absent for unlimited");
        tags = EventTags.normalise(tags, v);
        images = EventImages.normalise(images, v);
        if (priceAmount != null || priceCurrency != null) {
            try {
                priceCurrency = Money.parse("ticketPrice", priceAmount, priceCurrency).currency();
            } catch (ValidationFailed e) {
                e.errors().forEach(error -> v.check(false, error.field(), error.message()));
            }
        }
        v.throwIfInvalid();
    }

    /**
     * Checks the part of validity that depends on the time: the start must lie after {@code now}.
     *
     * @throws ValidationFailed (field {@code startsAt}) when it does not
     */
    public void requireStartAfter(Instant now) {
        new Validator().check(start().isAfter(now), "startsAt", "must be in the future").throwIfInvalid();
    }

    /** @return the validated start */
    public Instant start() {
        return Instant.parse(startsAt);
    }

    /** @return the validated end, empty when none */
    public Optional<Instant> end() {
        return Optional.ofNullable(endsAt).map(Instant::parse);
    }

    /** @return the venue's coordinates, empty when none were given */
    public Optional<GeoPoint> point() {
        return latitude == null ? Optional.empty() : Optional.of(new GeoPoint(latitude, longitude));
    }

    /** @return the ticket price, empty for a free event */
    public Optional<Money> ticketPrice() {
        return priceAmount == null ? Optional.empty() : Optional.of(new Money(priceAmount, priceCurrency));
    }

    /** @return the seat limit, empty for unlimited */
    public OptionalInt seats() {
        return capacity == null ? OptionalInt.empty() : OptionalInt.of(capacity);
    }

    /** @return the featured flag the caller asked for, empty when not sent */
    public Optional<Boolean> featuredRequest() {
        return Optional.ofNullable(featured);
    }

    private static void coordinates(Validator v, Double latitude, Double longitude) {
        if (latitude == null && longitude == null) {
            return;
        }
        v.check(latitude != null, "latitude", "is required when longitude is given");
        v.check(longitude != null, "longitude", "is required when latitude is given");
        v.check(latitude == null || GeoPoint.validLatitude(latitude), "latitude", "must be from -90 to 90");
        v.check(longitude == null || GeoPoint.validLongitude(longitude), "longitude", "must be from -180 to 180");
    }

    private static Optional<Instant> instant(String field, String value, boolean required, Validator v) {
        if (value == null || value.isBlank()) {
            v.check(!required, field, "is required (ISO-8601 date-time, e.g. 2027-01-15T21:00:00Z)");
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.strip()).truncatedTo(ChronoUnit.SECONDS));
        } catch (DateTimeParseException e) {
            v.check(false, field, "must be an ISO-8601 date-time with offset, e.g. 2027-01-15T21:00:00Z");
            return Optional.empty();
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
