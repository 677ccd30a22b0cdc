package io.ensemble.persistence.notifications;

import io.ensemble.notifications.DeliveryQueue;
import io.ensemble.notifications.NotificationChannel;
import io.ensemble.notifications.NotificationType;
import io.ensemble.notifications.PendingDelivery;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.SqlTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * {@link DeliveryQueue} on {@code notification_deliveries}. Claiming is one statement: it picks due
 * PENDING rows with {@code FOR UPDATE SKIP LOCKED} and moves their due time past the lease, so two
 * nodes never send the same delivery at once and a crashed sender's rows come back after the lease.
 */
public final class JdbiDeliveryQueue implements DeliveryQueue {
    private static final String INSERT = "INSERT INTO notification_deliveries (id, user_id, channel, type, title, body, "
            + "notification_id, subject_id, attempts, next_attempt_at, created_at) VALUES (:id, :userId, :channel, :type, "
            + ":title, :body, CAST(:notificationId AS uuid), CAST(:subjectId AS uuid), :attempts, :createdAt, :createdAt)";
    private static final String CLAIM = "UPDATE notification_deliveries d SET next_attempt_at = :leaseEnd "
            + "FROM (SELECT id FROM notification_deliveries WHERE status = 'PENDING' AND next_attempt_at <= :now "
            + "ORDER BY next_attempt_at, id LIMIT :max FOR UPDATE SKIP LOCKED) due WHERE d.id = due.id "
            + "RETURNING d.id, d.user_id, d.channel, d.type, d.title, d.body, d.notification_id, d.subject_id, "
            + "d.attempts, d.created_at";
    private static final String FINISH = "UPDATE notification_deliveries SET status = :status, attempts = :attempts, "
            + "finished_at = :at, last_error = :error WHERE id = :id";
    private static final String RETRY = "UPDATE notification_deliveries SET attempts = :attempts, "
            + "next_attempt_at = :next, last_error = :error WHERE id = :id";
    private static final String QUEUED_SINCE = "SELECT EXISTS (SELECT 1 FROM notification_deliveries WHERE user_id = :userId "
            + "AND type = :type AND subject_id = :subjectId AND created_at >= :since)";

    private static final RowMapper<PendingDelivery> ROW = (rs, ctx) -> new PendingDelivery(
            rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
            NotificationChannel.valueOf(rs.getString("channel")), NotificationType.valueOf(rs.getString("type")),
            rs.getString("title"), rs.getString("body"),
            Optional.ofNullable(rs.getObject("notification_id", UUID.class)),
            Optional.ofNullable(rs.getObject("subject_id", UUID.class)), rs.getInt("attempts"),
            SqlTime.read(rs, "created_at"));

    private final JdbiHandles handles;

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiDeliveryQueue(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    @Override
    public void enqueue(PendingDelivery d) {
        handles.use(h -> h.createUpdate(INSERT).bind("id", d.id()).bind("userId", d.userId())
                .bind("channel", d.channel().name()).bind("type", d.type().name()).bind("title", d.title())
                .bind("body", d.body()).bind("notificationId", d.notificationId().orElse(null))
                .bind("subjectId", d.subjectId().orElse(null)).bind("attempts", d.attempts())
                .bind("createdAt", SqlTime.at(d.createdAt())).execute());
    }

    /** @return the claimed rows, oldest due first */
    @Override
    public List<PendingDelivery> claimDue(Instant now, Duration lease, int max) {
        return handles.with(h -> h.createQuery(CLAIM).bind("now", SqlTime.at(now))
                .bind("leaseEnd", SqlTime.at(now.plus(lease))).bind("max", max).map(ROW).list());
    }

    @Override
    public void markSent(UUID id, int attempts, Instant at) {
        finish(id, "SENT", attempts, at, null);
    }

    @Override
    public void retryLater(UUID id, int attempts, Instant next, String error) {
        handles.use(h -> h.createUpdate(RETRY).bind("id", id).bind("attempts", attempts)
                .bind("next", SqlTime.at(next)).bind("error", error).execute());
    }

    @Override
    public void markSkipped(UUID id, int attempts, Instant at, String reason) {
        finish(id, "SKIPPED", attempts, at, reason);
    }

    @Override
    public void markFailed(UUID id, int attempts, Instant at, String error) {
        finish(id, "FAILED", attempts, at, error);
    }

    @Override
    public boolean queuedSince(UUID userId, NotificationType type, UUID subjectId, Instant since) {
        return handles.with(h -> h.createQuery(QUEUED_SINCE).bind("userId", userId).bind("type", type.name())
                .bind("subjectId", subjectId).bind("since", SqlTime.at(since)).mapTo(Boolean.class).one());
    }

    private void finish(UUID id, String status, int attempts, Instant at, String error) {
        handles.use(h -> h.createUpdate(FINISH).bind("id", id).bind("status", status).bind("attempts", attempts)
                .bind("at", SqlTime.at(at)).bind("error", error).execute());
    }
}
