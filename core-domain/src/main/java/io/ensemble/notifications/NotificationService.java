package io.ensemble.notifications;

import io.ensemble.identity.Caller;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.outbox.Outbox;
import io.ensemble.shared.outbox.OutboxEvent;
import io.ensemble.shared.paging.Cursor;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The caller's own notifications (seeds/001 §Notifications): list, unread count, mark read, mark
 * all read, delete. Another user's notification id answers {@link NotFound}, so ids don't leak.
 * Marking read and deleting write a {@link NotificationEvent.Read} / {@link NotificationEvent.Deleted} outbox
 * event in the same transaction, relayed to the caller's other devices (room {@code user:{id}},
 * seeds/001 §Notification Events).
 */
public final class NotificationService {
    private final NotificationRepository notifications;
    private final Outbox outbox;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    /** @param outbox receives {@code notification_read} / {@code notification_deleted} in the same transaction */
    public NotificationService(NotificationRepository notifications, Outbox outbox, Transactions transactions,
                               IdGenerator ids, Clock clock) {
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * One page of the caller's notifications, newest first.
     *
     * @throws io.ensemble.shared.errors.ValidationFailed (field {@code cursor}) for a cursor this list did not make
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

    /**
     * Marks one notification read (idempotent) and tells the caller's devices
     * ({@code notification_read} with {@code {notificationId, readAt}}).
     *
     * @throws NotFound unless it is the caller's
     */
    public void markRead(Caller caller, UUID notificationId) {
        Instant now = clock.instant();
        transactions.run(() -> {
            if (!notifications.markRead(notificationId, caller.userId(), now)) {
                throw notFound();
            }
            event(caller, new NotificationEvent.Read(Optional.of(notificationId), now), now);
        });
    }

    /**
     * Marks every notification of the caller read; when any was unread, tells the caller's devices
     * ({@code notification_read} with {@code {all: true, readAt}}).
     *
     * @return how many notifications were unread and are now read
     */
    public int markAllRead(Caller caller) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            int updated = notifications.markAllRead(caller.userId(), now);
            if (updated > 0) {
                event(caller, new NotificationEvent.Read(Optional.empty(), now), now);
            }
            return updated;
        });
    }

    /**
     * Deletes one notification and tells the caller's devices ({@code notification_deleted} with
     * {@code {notificationId}}).
     *
     * @throws NotFound unless it is the caller's
     */
    public void deleteNotification(Caller caller, UUID notificationId) {
        Instant now = clock.instant();
        transactions.run(() -> {
            if (!notifications.delete(notificationId, caller.userId())) {
                throw notFound();
            }
            event(caller, new NotificationEvent.Deleted(notificationId), now);
        });
    }

    private void event(Caller caller, NotificationEvent event, Instant at) {
        outbox.append(new OutboxEvent(ids.newId(), caller.userId(), event, at));
    }

    private static NotFound notFound() {
        return new NotFound("No such notification.");
    }
}
