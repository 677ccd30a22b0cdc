package io.ensemble.notifications;

import io.ensemble.identity.Caller;
import io.ensemble.shared.transactions.Transactions;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The caller's notification preferences (issue 5 §4): which types reach them on which channels
 * (in-app, email, push). Only the caller's own preferences are ever read or changed.
 */
public final class NotificationPreferenceService {
    private final PreferenceRepository preferences;
    private final Transactions transactions;

    /** @param preferences stored choices; {@code transactions} makes read-modify-write atomic */
    public NotificationPreferenceService(PreferenceRepository preferences, Transactions transactions) {
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** @return the caller's choice for every type (defaults where never changed) */
    public NotificationPreferences preferences(Caller caller) {
        return NotificationPreferences.of(preferences.find(caller.userId()));
    }

    /**
     * Applies the switches of {@code command} on top of the current choices.
     *
     * @return the caller's choices after the change, for every type
     */
    public NotificationPreferences updatePreferences(Caller caller, UpdateNotificationPreferences command) {
        return transactions.inTransaction(() -> {
            NotificationPreferences current = NotificationPreferences.of(preferences.find(caller.userId()));
            Map<NotificationType, ChannelChoice> changed = new EnumMap<>(NotificationType.class);
            command.changes().forEach((type, switches) -> changed.put(type, current.choiceFor(type).with(switches)));
            preferences.save(caller.userId(), changed);
            return NotificationPreferences.of(preferences.find(caller.userId()));
        });
    }
}
