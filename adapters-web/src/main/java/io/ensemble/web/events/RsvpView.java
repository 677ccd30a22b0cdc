package io.ensemble.web.events;

import io.ensemble.events.RsvpOutcome;
import io.ensemble.events.RsvpStatus;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * A user's RSVP (issue 21 §2): {@code {eventId, status, waitlistPosition}}; {@code status} is
 * {@code going}, {@code waitlisted} (a {@code going} that found no free seat), {@code interested} or
 * {@code not_going}; {@code waitlistPosition} (1 = next to get a seat) only when waitlisted, else null.
 */
public record RsvpView(String eventId, String status, Integer waitlistPosition) {
    /** @return the view of an RSVP of {@code eventId} in {@code status} */
    public static RsvpView of(UUID eventId, RsvpStatus status, OptionalInt position) {
        return new RsvpView(eventId.toString(), status.name().toLowerCase(Locale.ROOT),
                position.isPresent() ? position.getAsInt() : null);
    }

    /** @return the view of the caller's RSVP after answering */
    public static RsvpView of(RsvpOutcome outcome) {
        return of(outcome.rsvp().eventId(), outcome.rsvp().status(), outcome.waitlistPosition());
    }
}
