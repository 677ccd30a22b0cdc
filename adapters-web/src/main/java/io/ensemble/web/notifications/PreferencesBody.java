package io.ensemble.web.notifications;

import io.ensemble.notifications.ChannelSwitches;
import io.ensemble.notifications.UpdateNotificationPreferences;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Body of {@code PUT /api/v1/notifications/preferences}:
 * {@code {"preferences": {"NEW_MESSAGE": {"inApp"?: bool, "email"?: bool, "push"?: bool}, …}}}.
 * Types and switches left out keep their value.
 */
public record PreferencesBody(Map<String, SwitchesBody> preferences) {
    static final PreferencesBody EMPTY = new PreferencesBody(null);

    /**
     * @return the update these switches ask for (a type sent as null stays null, for the use case to name)
     * @throws io.ensemble.shared.errors.ValidationFailed naming {@code preferences.<TYPE>} for an unknown type
     */
    UpdateNotificationPreferences command() {
        Map<String, ChannelSwitches> byName = null;
        if (preferences != null) {
            byName = new LinkedHashMap<>();
            for (var e : preferences.entrySet()) {
                SwitchesBody s = e.getValue();
                byName.put(e.getKey(), s == null ? null : new ChannelSwitches(Optional.ofNullable(s.inApp()),
                        Optional.ofNullable(s.email()), Optional.ofNullable(s.push())));
            }
        }
        return UpdateNotificationPreferences.parse(byName);
    }

    /** The channel switches of one type; null = unchanged. */
    public record SwitchesBody(Boolean inApp, Boolean email, Boolean push) {
    }
}
