package io.ensemble.events;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Keyset position after the last event of a search page (DESIGN §Patterns, Cursors): the list is
 * ordered by {@code (NOT featured, key, id)} where the key is the start time, the distance in
 * metres, depending on {@link EventOrder}; order RELEVANCE is {@code (window, NOT featured, -relevance, id)}
 * where the window is named by the start key of its first event ({@link EventListing.Window}). The cursor
 * carries the exact bits of a distance ({@code double}) or score ({@code float}), so ties never repeat or skip
 * a row.
 *
 * @param startsAt the last event's start (order START)
 * @param distanceMetres the last event's distance (order DISTANCE)
 * @param relevance the last event's score (order RELEVANCE)
 * @param window order RELEVANCE: the first event of the last event's window (given empty: the event itself);
 *               empty in other orders
 */
public record EventCursor(EventOrder order, boolean featured, Instant startsAt, double distanceMetres,
                          float relevance, UUID id, Optional<EventListing.Window> window) {
    /** Order RELEVANCE without a window gets the event's own; other orders carry none. @throws NullPointerException when a component is null */
    public EventCursor {
        Objects.requireNonNull(window, "window");
        if (order != EventOrder.RELEVANCE) {
            window = Optional.empty();
        } else if (window.isEmpty()) {
            window = Optional.of(new EventListing.Window(featured, startsAt, id));
        }
    }

    /** A cursor outside any ranking window. */
    public EventCursor(EventOrder order, boolean featured, Instant startsAt, double distanceMetres, float relevance,
                       UUID id) {
        this(order, featured, startsAt, distanceMetres, relevance, id, Optional.empty());
    }

    /** @return the first event of the ranking window of the last event (order RELEVANCE) */
    public EventListing.Window windowStart() {
        return window.orElse(new EventListing.Window(featured, startsAt, id));
    }

    private static final List<FieldError> BAD = List.of(
            new FieldError("cursor", "is not a cursor this search returned"));

    /** @return the cursor that resumes after {@code listing} in a list of {@code order} */
    public static EventCursor after(EventListing listing, EventOrder order) {
        Event e = listing.event();
        return new EventCursor(order, e.featured(), e.startsAt(), listing.distanceMetres().orElse(0),
                listing.relevance(), e.id(), order == EventOrder.RELEVANCE ? listing.window() : Optional.empty());
    }

    /** @return the opaque token: base64url of {@code order|featured|key|id}; RELEVANCE's key is
     * {@code score~start~windowFeatured~windowStart~windowId} */
    public String encode() {
        String key = switch (order) {
            case START -> instant(startsAt);
            case DISTANCE -> Long.toString(Double.doubleToLongBits(distanceMetres));
            case RELEVANCE -> {
                EventListing.Window w = windowStart();
                yield Float.floatToIntBits(relevance) + "~" + instant(startsAt) + "~" + (w.featured() ? 1 : 0) + "~"
                        + instant(w.startsAt()) + "~" + w.id();
            }
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
                case START -> new EventCursor(order, featured, instant(parts[2]), 0, 0f, id);
                case DISTANCE -> {
                    double d = Double.longBitsToDouble(Long.parseLong(parts[2]));
                    if (!Double.isFinite(d)) {
                        throw new IllegalArgumentException("distance");
                    }
                    yield new EventCursor(order, featured, Instant.EPOCH, d, 0f, id);
                }
                case RELEVANCE -> {
                    String[] k = parts[2].split("~", -1);
                    float f = Float.intBitsToFloat(Integer.parseInt(k[0]));
                    if (k.length != 5 || !Float.isFinite(f) || !(k[2].equals("0") || k[2].equals("1"))) {
                        throw new IllegalArgumentException("score");
                    }
                    yield new EventCursor(order, featured, instant(k[1]), 0, f, id, Optional.of(
                            new EventListing.Window(k[2].equals("1"), instant(k[3]), UUID.fromString(k[4]))));
                }
            };
        } catch (RuntimeException e) {
            throw new ValidationFailed(BAD);
        }
    }

    private static String instant(Instant at) {
        return at.getEpochSecond() + "." + at.getNano();
    }

    /** Reads {@code seconds.nanos}. */
    private static Instant instant(String key) {
        String[] t = key.split("\\.", -1);
        if (t.length != 2) {
            throw new IllegalArgumentException("instant");
        }
        return Instant.ofEpochSecond(Long.parseLong(t[0]), Long.parseLong(t[1]));
    }
}
