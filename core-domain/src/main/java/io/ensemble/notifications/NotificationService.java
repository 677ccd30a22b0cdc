package io.ensemble.notifications;

import io.ensemble.identity.Caller;
import io.ensemble.shared.Cursor;
import io.ensemble.shared.NotFound;
import io.ensemble.shared.Page;
import io.ensemble.shared.PageRequest;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The caller's own notifications (seeds/001 §Notifications): list, unread count, mark read, mark
 * all read, delete. Another user's notification id answers {@link NotFound}, so ids don't leak.
 */
public final class NotificationService {
    private final NotificationRepository notifications;
    private final Clock clock;

    public NotificationService(NotificationRepository notifications, Clock clock) {
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * One page of the caller's notifications, newest first.
     *
     * @throws io.ensemble.shared.ValidationFailed (field {@code cursor}) for a cursor this list did not make
     */
    public Page<Notification> listNotifications(Caller caller, PageRequest page) {
        Optional<Cursor> after = page.cursor().map(Cursor::decode);
        return Page.fromOverfetch(notifications.listNewestFirst(caller.userId(), after, page.limit() + 1),
                page.limit(), n -> new Cursor(n.createdAt(), n.id()).encode());
    }

    /** @return how many of the caller's notifications are unread */
    public long unreadCount(Caller caller) {
        return notifications.countUnread(caller.userId());
    }

    /** Marks one notification read (idempotent). @throws NotFound unless it is the caller's */
    public void markRead(Caller caller, UUID notificationId) {
        if (!notifications.markRead(notificationId, caller.userId(), clock.instant())) {
            throw notFound();
        }
    }

    /** @return how many notifications were unread and are now read */
    public int markAllRead(Caller caller) {
        return notifications.markAllRead(caller.userId(), clock.instant());
    }

    /** Deletes one notification. @throws NotFound unless it is the caller's */
    public void deleteNotification(Caller caller, UUID notificationId) {
        if (!notifications.delete(notificationId, caller.userId())) {
            throw notFound();
        }
    }

    private static NotFound notFound() {
        return new NotFound("No such notification.");
    }
}
