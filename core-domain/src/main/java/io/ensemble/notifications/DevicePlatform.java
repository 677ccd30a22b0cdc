package io.ensemble.notifications;

import java.util.Locale;
import java.util.Optional;

/** The kind of device a push token belongs to (FCM serves all three). */
public enum DevicePlatform {
    ANDROID, IOS, WEB;

    /** @return the platform named {@code value} (case-insensitive), empty for anything else */
    public static Optional<DevicePlatform> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (DevicePlatform p : values()) {
            if (p.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
