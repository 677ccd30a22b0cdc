package io.ensemble.events;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The caller's own RSVP as shown on an event's detail.
 *
 * @param waitlistPosition 1 for the next user to get a seat; present only when WAITLISTED
 */
public record MyRsvp(RsvpStatus status, OptionalInt waitlistPosition) {
    /** @throws NullPointerException when a component is null */
    public MyRsvp {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(waitlistPosition, "waitlistPosition");
    }
}
