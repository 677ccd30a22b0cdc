package io.ensemble.web.notifications;

import io.ensemble.notifications.ChannelChoice;
import io.ensemble.notifications.NotificationPreferences;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The caller's preferences: {@code {"preferences": {"CONNECTION_REQUEST": {"inApp", "email", "push"}, …}}}
 * with every notification type, in declaration order.
 */
public record PreferencesView(Map<String, ChannelChoice> preferences) {
    /** @return the view of {@code p} */
    public static PreferencesView of(NotificationPreferences p) {
        Map<String, ChannelChoice> out = new LinkedHashMap<>();
        p.byType().forEach((type, choice) -> out.put(type.name(), choice));
        return new PreferencesView(out);
    }
}
