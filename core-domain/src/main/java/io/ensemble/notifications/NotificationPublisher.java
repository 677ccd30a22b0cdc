package io.ensemble.notifications;

/**
 * Port through which any context notifies a user of a domain event (issue 5 §4). Call it INSIDE
 * the {@link io.ensemble.shared.Transactions} unit of the state change: the notification (and its
 * outbox event) then commits or rolls back with that change.
 */
public interface NotificationPublisher {
    /**
     * Stores the notification in the caller's transaction.
     *
     * @return the stored notification (id and creation time assigned)
     */
    Notification publish(NewNotification notification);
}
