package io.ensemble.web.messaging;

import io.ensemble.messaging.Contact;
import java.time.Instant;

/** A contact in JSON: {@code {id, name, role, lastSeenAt}}; {@code lastSeenAt} null when never connected. */
public record ContactView(String id, String name, String role, Instant lastSeenAt) {
    /** @return the view of {@code c} */
    public static ContactView of(Contact c) {
        return new ContactView(c.userId().toString(), c.name(), c.role().name(), c.lastSeenAt().orElse(null));
    }
}
