package io.ensemble.web.notifications;

import java.util.Map;

/**
 * Body of {@code PUT /api/v1/notifications/preferences}:
 * {@code {"preferences": {"NEW_MESSAGE": {"inApp"?: bool, "email"?: bool, "push"?: bool}, …}}}.
 * Types and switches left out keep their value.
 */
public record PreferencesBody(Map<String, SwitchesBody> preferences) {
    static final PreferencesBody EMPTY = new PreferencesBody(null);

    /** The channel switches of one type; null = unchanged. */
    public record SwitchesBody(Boolean inApp, Boolean email, Boolean push) {
    }
}
