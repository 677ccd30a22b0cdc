package io.ensemble.notifications;

import java.util.Optional;

/**
 * Port through which any context notifies a user of a domain event (issue 5 §4). Call it INSIDE
 * the {@link io.ensemble.shared.transactions.Transactions} unit of the state change: the notification, its
 * outbox event and its queued email/push deliveries then commit or roll back with that change.
 * Which channels are used follows the recipient's {@link NotificationPreferences}.
 */
public interface NotificationPublisher {
    /**
     * Notifies the recipient on the channels they chose for the type.
     *
     * @return the stored in-app notification; empty when the recipient turned in-app off for the type
     */
    Optional<Notification> publish(NewNotification notification);

    /**
     * Like {@link #publish}, but collapsed per subject: nothing is sent while the recipient still
     * has an unread notification of the same type about the same subject (used for chat messages:
     * one per conversation until read).
     *
     * @param notification must have a subject
     * @return the stored in-app notification; empty when collapsed or in-app is off
     */
    Optional<Notification> publishCollapsed(NewNotification notification);
}
