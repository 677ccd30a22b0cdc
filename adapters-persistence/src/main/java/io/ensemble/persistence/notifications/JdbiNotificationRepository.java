package io.ensemble.persistence.notifications;

import io.ensemble.notifications.Notification;
import io.ensemble.notifications.NotificationRepository;
import io.ensemble.notifications.NotificationType;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.shared.paging.Cursor;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link NotificationRepository} on the {@code notifications} table; every statement filters by
 * {@code user_id}, so one user can never touch another's rows. Throws
 * {@link io.ensemble.shared.errors.ProviderUnavailable} when the database is down.
 */
public final class JdbiNotificationRepository implements NotificationRepository {
    private static final String COLUMNS = "id, user_id, type, title, body, actor_id, subject_id, read_at, created_at";
    private static final String INSERT = "INSERT INTO notifications (" + COLUMNS + ") VALUES "
            + "(:id, :userId, :type, :title, :body, CAST(:actorId AS uuid), CAST(:subjectId AS uuid), :readAt, :createdAt)";
    private static final String INSERT_COLLAPSED = INSERT + " ON CONFLICT (user_id, type, subject_id) "
            + "WHERE read_at IS NULL AND type = 'NEW_MESSAGE' DO NOTHING";
    private static final String LIST = "SELECT " + COLUMNS + " FROM notifications WHERE user_id = :userId";
    private static final String AFTER = " AND (created_at, id) < (:at, :afterId)";
    private static final String ORDER = " ORDER BY created_at DESC, id DESC LIMIT :max";
    private static final String UNREAD = "SELECT count(*) FROM notifications WHERE user_id = :userId AND read_at IS NULL";
    private static final String MARK_READ = "UPDATE notifications SET read_at = COALESCE(read_at, :at) "
            + "WHERE id = :id AND user_id = :userId";
    private static final String MARK_ALL = "UPDATE notifications SET read_at = :at WHERE user_id = :userId AND read_at IS NULL";
    private static final String DELETE = "DELETE FROM notifications WHERE id = :id AND user_id = :userId";

    private static final RowMapper<Notification> ROW = (rs, ctx) -> new Notification(
            rs.getObject("id", UUID.class),
            rs.getObject("user_id", UUID.class),
            NotificationType.valueOf(rs.getString("type")),
            rs.getString("title"),
            rs.getString("body"),
            Optional.ofNullable(rs.getObject("actor_id", UUID.class)),
            Optional.ofNullable(rs.getObject("subject_id", UUID.class)),
            SqlTime.readOptional(rs, "read_at"),
            SqlTime.read(rs, "created_at"));

    private final JdbiHandles handles;

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiNotificationRepository(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    /** Inserts the row; the user must exist. */
    @Override
    public void insert(Notification n) {
        write(INSERT, n);
    }

    /**
     * Inserts unless an unread row of the same user, type and subject exists (partial unique index
     * {@code notifications_collapsed_unread_key}, which covers {@code NEW_MESSAGE}).
     *
     * @return whether the row was inserted
     * @throws IllegalArgumentException for a type the index does not collapse
     */
    @Override
    public boolean insertCollapsed(Notification n) {
        if (n.type() != NotificationType.NEW_MESSAGE) {
            throw new IllegalArgumentException("only NEW_MESSAGE notifications are collapsed, not " + n.type());
        }
        return write(INSERT_COLLAPSED, n) == 1;
    }

    private int write(String sql, Notification n) {
        return handles.with(h -> h.createUpdate(sql)
                .bind("id", n.id())
                .bind("userId", n.userId())
                .bind("type", n.type().name())
                .bind("title", n.title())
                .bind("body", n.body())
                .bind("actorId", n.actorId().orElse(null))
                .bind("subjectId", n.subjectId().orElse(null))
                .bind("readAt", SqlTime.at(n.readAt()))
                .bind("createdAt", SqlTime.at(n.createdAt()))
                .execute());
    }

    /** @return up to {@code max} of the user's notifications, newest first, after the cursor */
    @Override
    public List<Notification> listNewestFirst(UUID userId, Optional<Cursor> after, int max) {
        return handles.with(h -> {
            Query q = h.createQuery(LIST + (after.isPresent() ? AFTER : "") + ORDER)
                    .bind("userId", userId)
                    .bind("max", max);
            after.ifPresent(c -> q.bind("at", SqlTime.at(c.at())).bind("afterId", c.id()));
            return q.map(ROW).list();
        });
    }

    /** @return the number of unread rows of the user */
    @Override
    public long countUnread(UUID userId) {
        return handles.with(h -> h.createQuery(UNREAD).bind("userId", userId).mapTo(Long.class).one());
    }

    /** Keeps the first read time. @return whether the user owns a row with this id */
    @Override
    public boolean markRead(UUID notificationId, UUID userId, Instant at) {
        return handles.with(h -> h.createUpdate(MARK_READ).bind("id", notificationId).bind("userId", userId)
                .bind("at", SqlTime.at(at)).execute()) == 1;
    }

    /** @return how many unread rows of the user were marked read */
    @Override
    public int markAllRead(UUID userId, Instant at) {
        return handles.with(h -> h.createUpdate(MARK_ALL).bind("userId", userId).bind("at", SqlTime.at(at)).execute());
    }

    /** @return whether a row of the user with this id was deleted */
    @Override
    public boolean delete(UUID notificationId, UUID userId) {
        return handles.with(h -> h.createUpdate(DELETE).bind("id", notificationId).bind("userId", userId).execute()) == 1;
    }
}
