package io.ensemble.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One user's answer to one event (one row per pair, changeable; seeds/000 {@code event_attendees}).
 *
 * @param updatedAt when {@code status} last changed
 */
public record Rsvp(UUID eventId, UUID userId, RsvpStatus status, Instant createdAt, Instant updatedAt) {
    /** @throws NullPointerException when a component is null */
    public Rsvp {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** @return this RSVP in {@code next} state, changed at {@code at} */
    public Rsvp with(RsvpStatus next, Instant at) {
        return new Rsvp(eventId, userId, next, createdAt, at);
    }
}
