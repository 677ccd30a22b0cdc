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
    INSTAGRAM_REMINDER,

    /** Someone answered the host's event (issue 21 §2); subject is the event id, actor the attendee. */
    EVENT_RSVP,
    /** An event the recipient answered changed or was cancelled (issue 21 §1-2); subject is the event id. */
    EVENT_UPDATED,
    /** A seat of an event became the recipient's, or free for them to buy (issue 21 §2); subject is the event id. */
    EVENT_SEAT,
    /** An event the recipient is going to starts within 24 hours (issue 21 §2); subject is the event id. */
    EVENT_REMINDER,
    /** A ticket of the recipient was paid, refunded or withdrawn (issue 21 §3); subject is the ticket id. */
    EVENT_TICKET,
    /**
     * The recipient was mentioned in a group conversation (issue 27), even when they muted it; subject is the
     * conversation id, actor the sender. Never collapsed.
     */
    MENTION,
    /** An agency meeting the recipient attends starts within 15 minutes (issue 22 §1); subject is the meeting id. */
    MEETING_REMINDER,
    /** An agency payout to the recipient was created or settled (issue 22 §1); subject is the payout id. */
    PAYOUT_UPDATED,
    /** A notification an agency admin wrote to the recipient, their role or everyone (issue 22 §1). */
    ANNOUNCEMENT
}
