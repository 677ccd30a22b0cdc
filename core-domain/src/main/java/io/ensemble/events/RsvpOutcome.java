package io.ensemble.events;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Result of an RSVP.
 *
 * @param rsvp the caller's stored RSVP
 * @param waitlistPosition 1-based place in the waitlist; present only when the caller is WAITLISTED
 * @param promoted users moved from the waitlist to GOING by this change (a seat freed), in waitlist order
 */
public record RsvpOutcome(Rsvp rsvp, OptionalInt waitlistPosition, List<UUID> promoted) {
    /** @throws NullPointerException when a component is null */
    public RsvpOutcome {
        Objects.requireNonNull(rsvp, "rsvp");
        Objects.requireNonNull(waitlistPosition, "waitlistPosition");
        promoted = List.copyOf(promoted);
    }
}
