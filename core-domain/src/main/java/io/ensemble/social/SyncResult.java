package io.ensemble.social;

import io.ensemble.profiles.Profile;
import java.util.Objects;

/** Outcome of a stats push: the pushed platform, the user's profile and their recomputed stats (seeds/004). */
public record SyncResult(Platform platform, Profile profile, SocialStats stats) {
    /** @throws NullPointerException when a component is null */
    public SyncResult {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(stats, "stats");
    }
}
