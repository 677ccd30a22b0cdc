package io.ensemble.profiles;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Persistence port of profiles (one row per user). */
public interface ProfileRepository extends FindProfiles {
    @Override
    Optional<Profile> find(UUID userId);

    /**
     * Whether either user blocked the other (issue 27 §Blocking): a profile lookup then answers as
     * for an unknown user.
     */
    default boolean blockedEitherWay(UUID a, UUID b) {
        return false;
    }

    /**
     * Inserts or replaces the profile of {@code profile.userId()}.
     *
     * @throws io.ensemble.shared.errors.Conflict {@code USERNAME_TAKEN} when another profile has the same
     *     username, compared case-insensitively
     */
    void save(Profile profile);

    /**
     * Sets the avatar URL of {@code userId}'s profile, creating a bare profile (role from the user)
     * when none was saved yet. Used by the media context's picture upload.
     */
    void setAvatar(UUID userId, String avatarUrl, Instant at);

    /**
     * Sets the admin-granted {@code verified} badge of {@code userId}'s profile (issue 20 §3), creating a bare
     * profile (role and name from the user) when none was saved yet; no-op for an unknown user.
     */
    void setVerified(UUID userId, boolean verified, Instant at);
}
