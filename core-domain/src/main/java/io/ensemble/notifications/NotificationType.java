package io.ensemble.notifications;

/** What a notification is about (seeds/001 §Notifications {@code NotificationType}). */
public enum NotificationType {
    /** Someone asked the recipient to connect; subject is the request id. */
    CONNECTION_REQUEST,
    /** The recipient's request was accepted; subject is the request id. */
    CONNECTION_ACCEPTED,
    /**
     * A chat message arrived while the recipient was offline (issue 5 §4); subject is the
     * conversation id. Collapsed: one unread per conversation at a time.
     */
    NEW_MESSAGE,

    /** An order the recipient is party to changed state; subject is the order id (issue 8 §2). */
    ORDER_UPDATED,

    /** A linked social account's grant was revoked or expired; subject is the account id (issue 6 §4). */
    SOCIAL_RECONNECT_REQUIRED,
    /**
     * An admin removed the recipient's message or package after a report (issue 20 §3); subject is the
     * removed message or package id.
     */
    CONTENT_REMOVED,
    /** Daily reminder to link Instagram (seeds/001 §Automated Jobs, issue 6 §4). */
    INSTAGRAM_REMINDER
}
