package io.ensemble.events;

import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.errors.Validator;
import io.ensemble.shared.paging.PageRequest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The filters of an event search (issue 21 §1): free {@code text} (title, description, location,
 * tags), a time window ({@code from}..{@code to}: events that have not ended by {@code from} and
 * start before {@code to}; {@code from} defaults to now), {@code near} a point within
 * {@code radiusKm}, {@code tags} (any of them), {@code featured} only, one {@code hostId}, and the
 * page. Only ACTIVE events are listed. Build it with {@link #parse}.
 *
 * @param radiusKm search radius around {@code near}, in kilometres
 */
public record EventQuery(Optional<String> text, Optional<Instant> from, Optional<Instant> to,
                         Optional<GeoPoint> near, double radiusKm, List<String> tags, boolean featuredOnly,
                         Optional<UUID> hostId, int limit, Optional<EventCursor> after) {
    /** Longest accepted {@code text}, in characters. */
    public static final int TEXT_MAX = 100;
    /** Radius used when {@code near} comes without {@code radiusKm}. */
    public static final double DEFAULT_RADIUS_KM = 25;
    /** Largest accepted {@code radiusKm}. */
    public static final double MAX_RADIUS_KM = 500;

    /** @throws NullPointerException when a component is null */
    public EventQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(near, "near");
        tags = List.copyOf(tags);
        Objects.requireNonNull(hostId, "hostId");
        Objects.requireNonNull(after, "after");
    }

    /** @return the list order these filters give: distance with {@code near}, else relevance with {@code text}, else start */
    public EventOrder order() {
        return near.isPresent() ? EventOrder.DISTANCE : text.isPresent() ? EventOrder.RELEVANCE : EventOrder.START;
    }

    /** @return the search radius in metres */
    public double radiusMetres() {
        return radiusKm * 1000d;
    }

    /**
     * Parses query-string values as sent; null or blank means "not given".
     *
     * @param near {@code lat,lng} in degrees, e.g. {@code 34.05,-118.25}
     * @param radiusKm decimal kilometres, more than 0 and at most {@value #MAX_RADIUS_KM}; needs {@code near}
     * @param tags values of every {@code tags} parameter, each possibly comma-separated
     * @param featured {@code true} for featured events only
     * @param from / to ISO-8601 instants, {@code to} after {@code from}
     * @throws ValidationFailed naming every bad field
     */
    public static EventQuery parse(String text, String from, String to, String near, String radiusKm,
                                   List<String> tags, String featured, String hostId, String cursor,
                                   String limit) {
        Validator v = new Validator();
        Optional<String> words = blank(text).map(t -> t.replaceAll("\\s+", " "));
        v.maxLength("text", words.orElse(null), TEXT_MAX);
        Optional<Instant> start = instant("from", from, v);
        Optional<Instant> end = instant("to", to, v);
        if (start.isPresent() && end.isPresent()) {
            v.check(end.get().isAfter(start.get()), "to", "must be after from");
        }
        Optional<GeoPoint> point = point(near, v);
        double radius = radius(radiusKm, point.isPresent() || blank(near).isPresent(), v);
        List<String> split = new ArrayList<>();
        for (String value : tags == null ? List.<String>of() : tags) {
            if (value != null) {
                split.addAll(List.of(value.split(",")).stream().filter(s -> !s.isBlank()).toList());
            }
        }
        List<String> slugs = EventTags.normalise(split, v);
        Optional<String> flag = blank(featured).map(f -> f.toLowerCase(java.util.Locale.ROOT));
        v.check(flag.isEmpty() || flag.get().equals("true") || flag.get().equals("false"), "featured",
                "must be true or false");
        Optional<UUID> host = uuid(hostId, v);
        int size = PageRequest.DEFAULT_LIMIT;
        try {
            size = PageRequest.of(limit, null).limit();
        } catch (ValidationFailed e) {
            report(e, v);
        }
        EventOrder order = point.isPresent() ? EventOrder.DISTANCE
                : words.isPresent() ? EventOrder.RELEVANCE : EventOrder.START;
        Optional<EventCursor> after = Optional.empty();
        if (blank(cursor).isPresent()) {
            try {
                after = Optional.of(EventCursor.decode(cursor.strip(), order));
            } catch (ValidationFailed e) {
                report(e, v);
            }
        }
        v.throwIfInvalid();
        return new EventQuery(words, start, end, point, radius, slugs, flag.map("true"::equals).orElse(false),
                host, size, after);
    }

    private static Optional<GeoPoint> point(String near, Validator v) {
        Optional<String> value = blank(near);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = value.get().split(",", -1);
        if (parts.length != 2) {
            v.check(false, "near", "must be lat,lng in degrees, e.g. 34.05,-118.25");
            return Optional.empty();
        }
        try {
            double lat = Double.parseDouble(parts[0].strip());
            double lng = Double.parseDouble(parts[1].strip());
            v.check(GeoPoint.validLatitude(lat), "near", "latitude must be from -90 to 90");
            v.check(GeoPoint.validLongitude(lng), "near", "longitude must be from -180 to 180");
            return GeoPoint.validLatitude(lat) && GeoPoint.validLongitude(lng)
                    ? Optional.of(new GeoPoint(lat, lng)) : Optional.empty();
        } catch (NumberFormatException e) {
            v.check(false, "near", "must be lat,lng in degrees, e.g. 34.05,-118.25");
            return Optional.empty();
        }
    }

    private static double radius(String radiusKm, boolean near, Validator v) {
        Optional<String> value = blank(radiusKm);
        if (value.isEmpty()) {
            return DEFAULT_RADIUS_KM;
        }
        v.check(near, "radiusKm", "needs near");
        try {
            double r = Double.parseDouble(value.get());
            boolean ok = Double.isFinite(r) && r > 0 && r <= MAX_RADIUS_KM;
            v.check(ok, "radiusKm", "must be more than 0 and at most " + (int) MAX_RADIUS_KM);
            return ok ? r : DEFAULT_RADIUS_KM;
        } catch (NumberFormatException e) {
            v.check(false, "radiusKm", "must be a number of kilometres");
            return DEFAULT_RADIUS_KM;
        }
    }

    private static Optional<Instant> instant(String field, String value, Validator v) {
        Optional<String> s = blank(value);
        try {
            return s.map(Instant::parse);
        } catch (DateTimeParseException e) {
            v.check(false, field, "must be an ISO-8601 date-time with offset, e.g. 2027-01-15T00:00:00Z");
            return Optional.empty();
        }
    }

    private static Optional<UUID> uuid(String value, Validator v) {
        Optional<String> s = blank(value);
        try {
            return s.map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            v.check(false, "hostId", "must be a user id");
            return Optional.empty();
        }
    }

    private static void report(ValidationFailed failure, Validator v) {
        failure.errors().forEach(error -> v.check(false, error.field(), error.message()));
    }

    private static Optional<String> blank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }
}
