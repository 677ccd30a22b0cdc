package io.ensemble.events;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One result of an event search.
 *
 * @param distanceMetres great-circle distance from the query's {@code near} point; empty without {@code near}
 * @param relevance text-match score (higher is better); 0 without a text query
 */
public record EventListing(Event event, OptionalDouble distanceMetres, float relevance) {
    /** @throws NullPointerException when a component is null */
    public EventListing {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(distanceMetres, "distanceMetres");
    }

    /** @return the distance in kilometres, empty without {@code near} */
    public OptionalDouble distanceKm() {
        return distanceMetres.isPresent() ? OptionalDouble.of(distanceMetres.getAsDouble() / 1000d)
                : OptionalDouble.empty();
    }
}
