package io.ensemble.profiles;

import java.util.Optional;
import java.util.UUID;

/** Persistence port of seeds/004's matching fields ({@link CollaborationPreferences}). */
public interface CollaborationPreferencesRepository {
    /** @return the user's stored fields; empty when never set */
    Optional<CollaborationPreferences> find(UUID userId);

    /** Inserts or replaces the user-editable fields; a stored {@code rizzScore} is kept. */
    void save(UUID userId, CollaborationPreferences preferences);
}
