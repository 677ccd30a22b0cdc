package io.ensemble.notifications;

import io.ensemble.shared.paging.Cursor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence port of the {@code notifications} table. Every method scopes by the owner's id. */
public interface NotificationRepository {
    /** Stores a new notification (joins the caller's transaction). */
    void insert(Notification notification);

    /**
     * Stores a new notification unless the owner still has an unread one of the same type about the
     * same subject (atomic, so concurrent calls store at most one).
     *
     * @param notification must have a subject
     * @return whether it was stored
     */
    boolean insertCollapsed(Notification notification);

    /**
     * The owner's notifications, newest first ({@code created_at DESC, id DESC}).
     *
     * @param after resume strictly after this position; empty for the first page
     * @param max how many rows to return at most (the caller over-fetches by one)
     */
    List<Notification> listNewestFirst(UUID userId, Optional<Cursor> after, int max);

    /** @return how many of the owner's notifications are unread */
    long countUnread(UUID userId);

    /**
     * Marks one of the owner's notifications read at {@code at}; an already read one keeps its time.
     *
     * @return whether the owner has a notification with this id
     */
    boolean markRead(UUID notificationId, UUID userId, Instant at);

    /** @return how many unread notifications of the owner were marked read at {@code at} */
    int markAllRead(UUID userId, Instant at);

    /** @return whether the owner had a notification with this id (it is now gone) */
    boolean delete(UUID notificationId, UUID userId);
}
