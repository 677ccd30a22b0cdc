package io.ensemble.notifications;

import java.util.Map;
import java.util.UUID;

/** Persistence port of users' notification preferences (only types a user changed are stored). */
public interface PreferenceRepository {
    /** @return the user's stored choices, by type; types never changed are absent */
    Map<NotificationType, ChannelChoice> find(UUID userId);

    /** Stores (inserts or replaces) the user's choice for each given type, in the caller's transaction. */
    void save(UUID userId, Map<NotificationType, ChannelChoice> choices);
}
