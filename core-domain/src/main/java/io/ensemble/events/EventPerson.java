package io.ensemble.events;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A person shown with an event (its host, an attendee): id, display name and avatar (issue 21 §1-2).
 *
 * @param avatarUrl empty when they have no picture
 */
public record EventPerson(UUID id, String name, Optional<String> avatarUrl) {
    /** @throws NullPointerException when a component is null */
    public EventPerson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(avatarUrl, "avatarUrl");
    }
}
