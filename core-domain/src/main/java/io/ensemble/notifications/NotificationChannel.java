package io.ensemble.notifications;

/** Where a notification reaches its user (issue 5 §4): the in-app list, an email, a push to devices. */
public enum NotificationChannel {
    /** Stored in the user's notification list and pushed live as {@code notification_received}. */
    IN_APP,
    /** Sent through the {@link io.ensemble.shared.mail.Mailer} port to the account's address. */
    EMAIL,
    /** Sent through the {@link PushSender} port to every registered device. */
    PUSH
}
