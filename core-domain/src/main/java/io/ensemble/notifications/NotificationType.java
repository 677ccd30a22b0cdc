package io.ensemble.notifications;

/** What a notification is about (seeds/001 §Notifications {@code NotificationType}). */
public enum NotificationType {
    /** Someone asked the recipient to connect; subject is the request id. */
    CONNECTION_REQUEST,
    /** The recipient's request was accepted; subject is the request id. */
    CONNECTION_ACCEPTED
}
