package io.ensemble.notifications;

/** What a notification is about (seeds/001 §Notifications {@code NotificationType}). */
public enum NotificationType {
    /** Someone asked the recipient to connect; subject is the request id. */
    CONNECTION_REQUEST,
    /** The recipient's request was accepted; subject is the request id. */
    CONNECTION_ACCEPTED,
    /** A linked social account's grant was revoked or expired; subject is the account id (issue 6 §4). */
    SOCIAL_RECONNECT_REQUIRED,
    /** Daily reminder to link Instagram (seeds/001 §Automated Jobs, issue 6 §4). */
    INSTAGRAM_REMINDER
}
