package io.ensemble.notifications;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Self-validating command of {@code PUT /api/v1/notifications/preferences}: the types to change
 * and, per type, the channels to switch. Types not named keep their choice.
 *
 * @param changes at least one type, each with at least one switch
 */
public record UpdateNotificationPreferences(Map<NotificationType, ChannelSwitches> changes) {
    public UpdateNotificationPreferences {
        Objects.requireNonNull(changes, "changes");
        EnumMap<NotificationType, ChannelSwitches> copy = new EnumMap<>(NotificationType.class);
        copy.putAll(changes);
        changes = Collections.unmodifiableMap(copy);
    }

    /**
     * Parses type names as sent by clients.
     *
     * @param byName type name ({@code CONNECTION_REQUEST}, …) → switches; null when the body had none
     * @throws ValidationFailed field {@code preferences} when missing or empty, field
     *     {@code preferences.<name>} for an unknown type or a type without any switch
     */
    public static UpdateNotificationPreferences parse(Map<String, ChannelSwitches> byName) {
        List<FieldError> errors = new ArrayList<>();
        if (byName == null || byName.isEmpty()) {
            throw new ValidationFailed(List.of(new FieldError("preferences", "must name at least one notification type")));
        }
        EnumMap<NotificationType, ChannelSwitches> changes = new EnumMap<>(NotificationType.class);
        byName.forEach((name, switches) -> {
            NotificationType type = typeNamed(name);
            if (type == null) {
                errors.add(new FieldError("preferences." + name, "is not a notification type; one of "
                        + List.of(NotificationType.values())));
            } else if (switches == null || switches.empty()) {
                errors.add(new FieldError("preferences." + name, "must set inApp, email or push"));
            } else {
                changes.put(type, switches);
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new UpdateNotificationPreferences(changes);
    }

    private static NotificationType typeNamed(String name) {
        for (NotificationType t : NotificationType.values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }
}
