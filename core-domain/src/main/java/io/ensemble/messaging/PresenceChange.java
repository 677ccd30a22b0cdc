package io.ensemble.messaging;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Payload of {@code user_online} / {@code user_offline} (issue 4 §3 presence): {@code at} is when
 * it happened, i.e. the last-seen time for {@code user_offline}.
 */
public record PresenceChange(UUID userId, boolean online, Instant at) {
    public PresenceChange {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(at, "at");
    }
}
