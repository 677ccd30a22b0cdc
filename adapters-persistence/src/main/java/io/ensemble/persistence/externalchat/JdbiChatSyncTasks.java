package io.ensemble.persistence.externalchat;

import io.ensemble.externalchat.ChatSyncTask;
import io.ensemble.externalchat.ChatSyncTasks;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.SqlTime;
import java.sql.Array;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * {@link ChatSyncTasks} on {@code chat_sync_tasks} (migrations/externalchat/001). A task is due when its
 * {@code next_attempt_at} has come and no older task of the same order is still queued, so an order's
 * channel is opened before its messages are posted and messages keep their order.
 */
public final class JdbiChatSyncTasks implements ChatSyncTasks {
    private static final String INSERT = "INSERT INTO chat_sync_tasks (id, kind, order_id, sender_id, members, body,"
            + " next_attempt_at, created_at) VALUES (:id, :kind, :orderId, :senderId, :members, :body, :at, :at)"
            + " ON CONFLICT (id) DO NOTHING";
    private static final String DUE = """
            SELECT t.id, t.kind, t.order_id, t.sender_id, t.members, t.body, t.attempts, t.created_at, t.last_error
              FROM chat_sync_tasks t
             WHERE t.next_attempt_at <= :now
               AND NOT EXISTS (SELECT 1 FROM chat_sync_tasks o WHERE o.order_id = t.order_id
                                 AND (o.created_at, o.id) < (t.created_at, t.id))
             ORDER BY t.created_at, t.id
             LIMIT :limit""";
    private static final String FAILED = "UPDATE chat_sync_tasks SET attempts = :attempts, next_attempt_at = :retryAt,"
            + " last_error = left(:error, 1000) WHERE id = :id";

    private final JdbiHandles handles;
    private final RowMapper<ChatSyncTask> row = (rs, ctx) -> new ChatSyncTask(rs.getObject("id", UUID.class),
            ChatSyncTask.Kind.valueOf(rs.getString("kind")), rs.getObject("order_id", UUID.class),
            rs.getObject("sender_id", UUID.class), uuids(rs.getArray("members")), rs.getString("body"),
            rs.getInt("attempts"), SqlTime.read(rs, "created_at"), Optional.ofNullable(rs.getString("last_error")));

    public JdbiChatSyncTasks(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    @Override
    public void enqueue(ChatSyncTask task) {
        handles.use(h -> h.createUpdate(INSERT).bind("id", task.id()).bind("kind", task.kind().name())
                .bind("orderId", task.orderId()).bind("senderId", task.senderId())
                .bindArray("members", UUID.class, task.members()).bind("body", task.text())
                .bind("at", SqlTime.at(task.createdAt())).execute());
    }

    @Override
    public List<ChatSyncTask> due(Instant now, int limit) {
        return handles.with(h -> h.createQuery(DUE).bind("now", SqlTime.at(now)).bind("limit", limit).map(row).list());
    }

    @Override
    public void done(UUID id) {
        handles.use(h -> h.createUpdate("DELETE FROM chat_sync_tasks WHERE id = :id").bind("id", id).execute());
    }

    @Override
    public void failed(UUID id, int attempts, Instant retryAt, String error) {
        handles.use(h -> h.createUpdate(FAILED).bind("attempts", attempts).bind("retryAt", SqlTime.at(retryAt))
                .bind("error", error == null ? "" : error).bind("id", id).execute());
    }

    @Override
    public long pending() {
        return handles.with(h -> h.createQuery("SELECT count(*) FROM chat_sync_tasks").mapTo(Long.class).one());
    }

    private static List<UUID> uuids(Array array) throws java.sql.SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }
}
