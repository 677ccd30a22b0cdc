package io.ensemble.media;

import java.time.Instant;
import java.util.UUID;

/** The narrow port through which media sets a user's avatar in the profiles context. */
@FunctionalInterface
public interface AvatarSetter {
    /** Sets {@code userId}'s avatar URL (creating a bare profile row when none exists yet). */
    void setAvatar(UUID userId, String url, Instant at);
}
