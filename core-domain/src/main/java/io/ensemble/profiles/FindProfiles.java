package io.ensemble.profiles;

import java.util.Optional;
import java.util.UUID;

/**
 * Read-only port through which other contexts (social) read a user's profile, without reaching profiles'
 * {@link ProfileRepository}. Implemented by that repository.
 */
public interface FindProfiles {
    /** @return the stored profile of {@code userId}, empty when none was saved yet */
    Optional<Profile> find(UUID userId);
}
