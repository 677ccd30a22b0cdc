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
    /**
     * Best text match first within windows of soonest matches: the matches, in start order (featured first,
     * then {@code starts_at}, then id), are cut into consecutive windows of {@link #WINDOW} events; windows
     * follow each other in that order and inside a window events go by descending relevance, then id. Only one
     * or two windows are ranked per page, so a word that matches a quarter of all events costs no more than a
     * rare one (issue 21 §1 bench, bench/README.md).
     */
    RELEVANCE('r');

    /** Events per ranking window of {@link #RELEVANCE}; at least the largest page plus one. */
    public static final int WINDOW = 200;

    private final char tag;

    EventOrder(char tag) {
        this.tag = tag;
    }

    /** @return the one-letter tag of this order inside a cursor */
    char tag() {
        return tag;
    }
}
