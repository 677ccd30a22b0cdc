package io.ensemble.events;

import java.util.Objects;
import java.util.Optional;

/**
 * An event as its detail page shows it: the event, counts per RSVP state and the caller's own RSVP
 * (empty when the caller has not answered).
 */
public record EventDetails(Event event, RsvpCounts counts, Optional<MyRsvp> mine) {
    /** @throws NullPointerException when a component is null */
    public EventDetails {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(mine, "mine");
    }

    /** @return whether the caller holds a seat */
    public boolean callerGoing() {
        return mine.map(m -> m.status() == RsvpStatus.GOING).orElse(false);
    }
}
