package io.ensemble.social;

import java.util.Arrays;
import java.util.Optional;

/**
 * Social platforms of seeds/004 §Database Schema, in the order its {@code platformBreakdown}
 * lists them. YOUTUBE appears in the breakdown but cannot be pushed through the sync route
 * ({@link #pushable()}); TWITTER can be pushed and is added to the breakdown once it has data.
 * SPOTIFY (seeds/000 §Social Media OAuth) can only be linked by OAuth (issue 6), never pushed.
 */
public enum Platform {
    TIKTOK, INSTAGRAM, YOUTUBE, TWITCH, TWITTER, SPOTIFY;

    /** @return whether {@code POST /profiles/social-sync/{platform}} accepts it (seeds/004 validPlatforms) */
    public boolean pushable() {
        return this != YOUTUBE && this != SPOTIFY;
    }

    /** @return whether the breakdown always shows it, with zeros when there is no data (seeds/004 schema) */
    public boolean alwaysListed() {
        return this != TWITTER && this != SPOTIFY;
    }

    /** @return the platform whose {@link #key()} is exactly {@code key}; empty otherwise */
    public static Optional<Platform> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key().equals(key)).findFirst();
    }

    /** @return the lower-case name used in routes and JSON, e.g. {@code tiktok} */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** @return the pushable platform whose key is exactly {@code key} (lower case); empty otherwise */
    public static Optional<Platform> pushableByKey(String key) {
        return Arrays.stream(values()).filter(p -> p.pushable() && p.key().equals(key)).findFirst();
    }
}
