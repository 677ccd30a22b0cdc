package io.ensemble.profiles;

import java.util.Optional;
import java.util.UUID;

/** Storage of {@link ProfileDetails}, one row per user (issue 23 §5). */
public interface ProfileDetailsRepository {
    /** @return the user's saved details, empty when none were saved */
    Optional<ProfileDetails> find(UUID userId);

    /** Inserts or replaces the details of {@code details.userId()}. */
    void save(ProfileDetails details);
}
