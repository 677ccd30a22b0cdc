package io.ensemble.notifications;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A user's channel choice for every {@link NotificationType} (issue 5 §4 "per user preference").
 * Types the user never changed take {@link #DEFAULT}: every channel on.
 *
 * @param byType one choice per type, complete
 */
public record NotificationPreferences(Map<NotificationType, ChannelChoice> byType) {
    /** The choice of a type the user never changed: in-app, email and push all on. */
    public static final ChannelChoice DEFAULT = ChannelChoice.ALL;

    public NotificationPreferences {
        Objects.requireNonNull(byType, "byType");
        EnumMap<NotificationType, ChannelChoice> complete = new EnumMap<>(NotificationType.class);
        for (NotificationType type : NotificationType.values()) {
            complete.put(type, byType.getOrDefault(type, DEFAULT));
        }
        byType = Collections.unmodifiableMap(complete);
    }

    /** @return the defaults completed with the user's stored choices */
    public static NotificationPreferences of(Map<NotificationType, ChannelChoice> stored) {
        return new NotificationPreferences(stored);
    }

    /** @return the choice for {@code type} */
    public ChannelChoice choiceFor(NotificationType type) {
        return byType.get(type);
    }
}
