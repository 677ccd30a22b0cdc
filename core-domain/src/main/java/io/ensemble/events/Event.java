package io.ensemble.events;

import io.ensemble.payments.Money;
import io.ensemble.shared.errors.Conflict;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * A party or event hosted by a HOST (seeds/000 {@code events}, issue 21 §1).
 *
 * @param startsAt start (seeds/000 {@code date}), whole seconds
 * @param endsAt optional end, after {@code startsAt}
 * @param location free text, e.g. {@code "The Loft, 12 Main St, Los Angeles"}
 * @param point coordinates of the venue; empty when the host gave none (then never found by {@code near})
 * @param ticketPrice price of one ticket in minor units; empty for a free event
 * @param capacity seats for {@code going}; empty for unlimited
 * @param tags lower-case slugs, e.g. {@code techno}, {@code rooftop}
 * @param images media ids or https URLs, in display order
 * @param featured listed first; only admins set it
 * @param version bumped by every change of the event's own fields (optimistic concurrency)
 */
public record Event(UUID id, UUID hostId, String title, String description, Instant startsAt,
                    Optional<Instant> endsAt, String location, Optional<GeoPoint> point,
                    Optional<Money> ticketPrice, OptionalInt capacity, List<String> tags, List<String> images,
                    boolean featured, EventStatus status, long version, Instant createdAt, Instant updatedAt) {

    /** @throws NullPointerException when a component is null */
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(hostId, "hostId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(ticketPrice, "ticketPrice");
        Objects.requireNonNull(capacity, "capacity");
        tags = List.copyOf(tags);
        images = List.copyOf(images);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** @return the last instant of the event: its end, or its start when it has no end */
    public Instant lastInstant() {
        return endsAt.orElse(startsAt);
    }

    /** @return whether the event is over at {@code now} (past its end, or its start when it has no end) */
    public boolean endedAt(Instant now) {
        return !now.isBefore(lastInstant());
    }

    /** @return whether the event is cancelled */
    public boolean cancelled() {
        return status == EventStatus.CANCELLED;
    }

    /**
     * Checks that the event still takes changes and RSVPs.
     *
     * @throws Conflict {@code EVENT_CANCELLED} when cancelled, {@code EVENT_ENDED} when over at {@code now}
     */
    public void requireOpen(Instant now) {
        if (cancelled()) {
            throw new Conflict("EVENT_CANCELLED", "This event is cancelled.");
        }
        if (endedAt(now)) {
            throw new Conflict("EVENT_ENDED", "This event is over.");
        }
    }

    /** @return whether {@code userId} hosts this event */
    public boolean hostedBy(UUID userId) {
        return hostId.equals(userId);
    }

    /** @return this event with the command's fields and {@code featured}, next version, changed at {@code at} */
    public Event with(EventCommand c, boolean featured, Instant at) {
        return new Event(id, hostId, c.title(), c.description(), c.start(), c.end(), c.location(), c.point(),
                c.ticketPrice(), c.seats(), c.tags(), c.images(), featured, status, version + 1, createdAt, at);
    }

    /** @return this event cancelled at {@code at}, next version */
    public Event cancel(Instant at) {
        return new Event(id, hostId, title, description, startsAt, endsAt, location, point, ticketPrice, capacity,
                tags, images, featured, EventStatus.CANCELLED, version + 1, createdAt, at);
    }
}
