package io.ensemble.notifications;

/** What a provider answered to one {@link PushMessage}. */
public enum PushResult {
    /** The provider accepted the message for delivery. */
    ACCEPTED,
    /** The device token is unknown or expired (FCM {@code UNREGISTERED} / invalid token): forget it. */
    TOKEN_INVALID
}
