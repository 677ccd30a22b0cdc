package io.ensemble.events;

/**
 * The order of an event search. Featured events come first in every order; ties break on the event
 * id. {@link EventQuery#order()} picks it: {@code near} sorts by distance, else a text search by
 * relevance, else by start time.
 */
public enum EventOrder {
    /** Soonest start first. */
    START('t'),
    /** Nearest to {@link EventQuery#near()} first. */
    DISTANCE('d'),
    /** Best text match first. */
    RELEVANCE('r');

    private final char tag;

    EventOrder(char tag) {
        this.tag = tag;
    }

    /** @return the one-letter tag of this order inside a cursor */
    char tag() {
        return tag;
    }
}
