package io.ensemble.events;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One line of an event's attendee list as its host sees it (issue 21 §2).
 *
 * @param since when the user first answered
 * @param ticket the user's latest ticket state, empty when they have none
 * @param checkedInAt when their ticket was scanned at the door, empty until then
 */
public record Attendee(UUID userId, RsvpStatus status, Optional<TicketStatus> ticket, Optional<Instant> checkedInAt,
                       Instant since) {
    /** @throws NullPointerException when a component is null */
    public Attendee {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(checkedInAt, "checkedInAt");
        Objects.requireNonNull(since, "since");
    }
}
