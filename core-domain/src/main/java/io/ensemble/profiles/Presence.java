package io.ensemble.profiles;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Where a user's presence is read for seeds/002's {@code is_online} and {@code last_online_at} (issue 23 §5). */
public interface Presence {
    /** Nobody online, never seen: for deployments and tests without realtime. */
    Presence NONE = new Presence() {
        @Override
        public boolean online(UUID userId) {
            return false;
        }

        @Override
        public Optional<Instant> lastSeen(UUID userId) {
            return Optional.empty();
        }
    };

    /** @return whether the user has an open realtime connection now */
    boolean online(UUID userId);

    /** @return when the user's first realtime connection opened or last one closed, empty when never */
    Optional<Instant> lastSeen(UUID userId);
}
