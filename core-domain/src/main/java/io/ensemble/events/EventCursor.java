package io.ensemble.events;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Keyset position after the last event of a search page (DESIGN §Patterns, Cursors): the list is
 * ordered by {@code (NOT featured, key, id)} where the key is the start time, the distance in
 * metres or the negated relevance, depending on {@link EventOrder}. The cursor carries the exact bits
 * of a distance ({@code double}) or score ({@code float}), so ties never repeat or skip a row.
 *
 * @param startsAt the last event's start (order START)
 * @param distanceMetres the last event's distance (order DISTANCE)
 * @param relevance the last event's score (order RELEVANCE)
 */
public record EventCursor(EventOrder order, boolean featured, Instant startsAt, double distanceMetres,
                          float relevance, UUID id) {
    private static final List<FieldError> BAD = List.of(
            new FieldError("cursor", "is not a cursor this search returned"));

    /** @return the cursor that resumes after {@code listing} in a list of {@code order} */
    public static EventCursor after(EventListing listing, EventOrder order) {
        Event e = listing.event();
        return new EventCursor(order, e.featured(), e.startsAt(), listing.distanceMetres().orElse(0),
                listing.relevance(), e.id());
    }

    /** @return the opaque token: base64url of {@code order|featured|key|id} */
    public String encode() {
        String key = switch (order) {
            case START -> startsAt.getEpochSecond() + "." + startsAt.getNano();
            case DISTANCE -> Long.toString(Double.doubleToLongBits(distanceMetres));
            case RELEVANCE -> Integer.toString(Float.floatToIntBits(relevance));
        };
        String raw = order.tag() + "|" + (featured ? 1 : 0) + "|" + key + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a token made by {@link #encode()} for a search of the same order.
     *
     * @throws ValidationFailed (field {@code cursor}) for a foreign, malformed or mismatched token
     */
    public static EventCursor decode(String token, EventOrder order) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", -1);
            if (parts.length != 4 || parts[0].length() != 1 || parts[0].charAt(0) != order.tag()
                    || !(parts[1].equals("0") || parts[1].equals("1"))) {
                throw new IllegalArgumentException("shape");
            }
            boolean featured = parts[1].equals("1");
            UUID id = UUID.fromString(parts[3]);
            return switch (order) {
                case START -> {
                    String[] t = parts[2].split("\\.", -1);
                    yield new EventCursor(order, featured,
                            Instant.ofEpochSecond(Long.parseLong(t[0]), Long.parseLong(t[1])), 0, 0f, id);
                }
                case DISTANCE -> {
                    double d = Double.longBitsToDouble(Long.parseLong(parts[2]));
                    if (!Double.isFinite(d)) {
                        throw new IllegalArgumentException("distance");
                    }
                    yield new EventCursor(order, featured, Instant.EPOCH, d, 0f, id);
                }
                case RELEVANCE -> {
                    float f = Float.intBitsToFloat(Integer.parseInt(parts[2]));
                    if (!Float.isFinite(f)) {
                        throw new IllegalArgumentException("score");
                    }
                    yield new EventCursor(order, featured, Instant.EPOCH, 0, f, id);
                }
            };
        } catch (RuntimeException e) {
            throw new ValidationFailed(BAD);
        }
    }
}
