package io.ensemble.events;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * One result of an event search.
 *
 * @param distanceMetres great-circle distance from the query's {@code near} point; empty without {@code near}
 * @param relevance text-match score (higher is better); 0 without a text query
 * @param window in a {@link EventOrder#RELEVANCE} list, the first event of the ranking window this one belongs to
 *               (see {@link EventOrder#RELEVANCE}); empty in other orders
 */
public record EventListing(Event event, OptionalDouble distanceMetres, float relevance, Optional<Window> window) {
    /** @throws NullPointerException when a component is null */
    public EventListing {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(distanceMetres, "distanceMetres");
        Objects.requireNonNull(window, "window");
    }

    /** A listing outside any ranking window. */
    public EventListing(Event event, OptionalDouble distanceMetres, float relevance) {
        this(event, distanceMetres, relevance, Optional.empty());
    }

    /**
     * The start key {@code (featured, startsAt, id)} of the first event of a ranking window.
     *
     * @param startsAt that event's start
     */
    public record Window(boolean featured, Instant startsAt, UUID id) {
        /** @throws NullPointerException when a component is null */
        public Window {
            Objects.requireNonNull(startsAt, "startsAt");
            Objects.requireNonNull(id, "id");
        }
    }

    /** @return the distance in kilometres, empty without {@code near} */
    public OptionalDouble distanceKm() {
        return distanceMetres.isPresent() ? OptionalDouble.of(distanceMetres.getAsDouble() / 1000d)
                : OptionalDouble.empty();
    }
}
