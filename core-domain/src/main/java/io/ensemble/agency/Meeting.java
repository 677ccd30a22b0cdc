package io.ensemble.agency;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A meeting of the agency's team (issue 22 §1 Meetings, seeds/003 §Meetings).
 *
 * @param startsAt        when it starts (UTC)
 * @param durationMinutes how long it lasts, minutes, at least 1
 * @param attendeeIds     the users invited (members and admins), no duplicates
 * @param location        a place, when it has one
 * @param link            a video-call URL, when it has one
 * @param cancelled       whether an admin cancelled it (kept, so calendars see the cancellation)
 * @param sequence        RFC 5545 SEQUENCE: 0 when created, +1 on every change
 */
public record Meeting(UUID id, String title, Instant startsAt, int durationMinutes, List<UUID> attendeeIds,
                      Optional<String> location, Optional<String> link, Optional<String> notes, boolean cancelled,
                      int sequence, Instant createdAt, Instant updatedAt) {
    /** @throws NullPointerException when a component is null */
    public Meeting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(startsAt, "startsAt");
        attendeeIds = List.copyOf(attendeeIds);
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** @return when it ends: start plus duration */
    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(durationMinutes));
    }

    /** @return whether {@code userId} is invited */
    public boolean attends(UUID userId) {
        return attendeeIds.contains(userId);
    }
}
