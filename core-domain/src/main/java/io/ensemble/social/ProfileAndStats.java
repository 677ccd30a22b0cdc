package io.ensemble.social;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * What a provider's profile/stats endpoints report about the token's owner.
 *
 * @param followers followers (YouTube: subscribers; Spotify: followers.total), {@code >= 0}
 * @param following accounts followed, when the provider reports it
 * @param posts media / videos count, when the provider reports it
 */
public record ProfileAndStats(ProviderProfile profile, long followers, OptionalLong following, OptionalLong posts) {
    /** @throws IllegalArgumentException when a count is negative */
    public ProfileAndStats {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(following, "following");
        Objects.requireNonNull(posts, "posts");
        if (followers < 0 || following.orElse(0) < 0 || posts.orElse(0) < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
    }
}
