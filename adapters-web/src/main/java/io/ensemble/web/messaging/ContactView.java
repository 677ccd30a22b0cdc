package io.ensemble.web.messaging;

import io.ensemble.messaging.Contact;
import java.time.Instant;

/**
 * A contact in JSON: {@code {id, name, role, lastSeenAt, online}}; {@code lastSeenAt} null when never connected,
 * {@code online} whether they have an open socket on some node now (issue 27 "online badges").
 */
public record ContactView(String id, String name, String role, Instant lastSeenAt, boolean online) {
    /** @return the view of {@code c}, {@code online} as the cluster's presence says */
    public static ContactView of(Contact c, boolean online) {
        return new ContactView(c.userId().toString(), c.name(), c.role().name(), c.lastSeenAt().orElse(null), online);
    }
}
