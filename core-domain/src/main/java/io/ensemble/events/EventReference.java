package io.ensemble.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What a chat message of type {@code event_invite} shows of its event (issue 21 §2, seeds/000
 * {@code messageType: "event_invite"}): enough for the app to render its title and date.
 *
 * @param startsAt when the event starts
 */
public record EventReference(UUID id, String title, Instant startsAt) {
    public EventReference {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(startsAt, "startsAt");
    }

    /** @return the reference of {@code event} */
    public static EventReference of(Event event) {
        return new EventReference(event.id(), event.title(), event.startsAt());
    }
}
