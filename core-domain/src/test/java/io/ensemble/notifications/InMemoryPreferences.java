package io.ensemble.notifications;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Notification preferences in a map, like the SQL adapter: only changed types are stored. */
public final class InMemoryPreferences implements PreferenceRepository {
    private final Map<UUID, Map<NotificationType, ChannelChoice>> rows = new HashMap<>();

    @Override
    public synchronized Map<NotificationType, ChannelChoice> find(UUID userId) {
        Map<NotificationType, ChannelChoice> out = new EnumMap<>(NotificationType.class);
        out.putAll(rows.getOrDefault(userId, Map.of()));
        return out;
    }

    @Override
    public synchronized void save(UUID userId, Map<NotificationType, ChannelChoice> choices) {
        rows.computeIfAbsent(userId, k -> new EnumMap<>(NotificationType.class)).putAll(choices);
    }
}
