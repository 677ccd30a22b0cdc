package io.ensemble.persistence.agency;

import io.ensemble.agency.Task;
import io.ensemble.agency.TaskComment;
import io.ensemble.agency.TaskFilter;
import io.ensemble.agency.TaskPriority;
import io.ensemble.agency.TaskRepository;
import io.ensemble.agency.TaskStatus;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.shared.paging.Cursor;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link TaskRepository} on {@code agency_tasks}, {@code agency_task_assignees}, {@code agency_task_attachments}
 * and {@code agency_task_comments} (migration {@code agency/001}); enums by their wire names; {@link #update}
 * is a compare-and-set on {@code version} that rewrites the assignee and attachment lists.
 */
public final class JdbiTaskRepository extends JdbiRepository implements TaskRepository {
    private static final String SELECT = "SELECT t.id, t.title, t.description, t.due_at, t.priority, t.status,"
            + " t.created_by, t.version, t.created_at, t.updated_at,"
            + " ARRAY(SELECT a.user_id FROM agency_task_assignees a WHERE a.task_id = t.id ORDER BY a.position)"
            + " AS assignees,"
            + " ARRAY(SELECT m.media_id FROM agency_task_attachments m WHERE m.task_id = t.id ORDER BY m.position)"
            + " AS attachments FROM agency_tasks t WHERE true";
    private static final String INSERT = "INSERT INTO agency_tasks (id, title, description, due_at, priority, status,"
            + " created_by, version, created_at, updated_at) VALUES (:id, :title, :description, :dueAt, :priority,"
            + " :status, :createdBy, :version, :createdAt, :updatedAt)";
    private static final String UPDATE = "UPDATE agency_tasks SET title = :title, description = :description,"
            + " due_at = :dueAt, priority = :priority, status = :status, version = :version, updated_at = :updatedAt"
            + " WHERE id = :id AND version = :expected";
    private static final String COMMENTS = "SELECT id, task_id, author_id, body, created_at FROM agency_task_comments"
            + " WHERE task_id = :taskId";
    private static final RowMapper<Task> ROW = (rs, ctx) -> new Task(rs.getObject("id", UUID.class),
            rs.getString("title"), rs.getString("description"), ids(rs, "assignees"),
            SqlTime.readOptional(rs, "due_at"), TaskPriority.parse(rs.getString("priority")).orElseThrow(),
            TaskStatus.parse(rs.getString("status")).orElseThrow(), ids(rs, "attachments"),
            rs.getObject("created_by", UUID.class), rs.getLong("version"), SqlTime.read(rs, "created_at"),
            SqlTime.read(rs, "updated_at"));
    private static final RowMapper<TaskComment> COMMENT = (rs, ctx) -> new TaskComment(rs.getObject("id", UUID.class),
            rs.getObject("task_id", UUID.class), rs.getObject("author_id", UUID.class), rs.getString("body"),
            SqlTime.read(rs, "created_at"));

    /** @param handles the handle provider */
    public JdbiTaskRepository(JdbiHandles handles) {
        super(handles);
    }

    @Override
    public void insert(Task t) {
        handles.use(h -> {
            h.createUpdate(INSERT).bind("id", t.id()).bind("title", t.title()).bind("description", t.description())
                    .bind("dueAt", SqlTime.at(t.dueAt())).bind("priority", t.priority().code())
                    .bind("status", t.status().code()).bind("createdBy", t.createdBy()).bind("version", t.version())
                    .bind("createdAt", SqlTime.at(t.createdAt())).bind("updatedAt", SqlTime.at(t.updatedAt()))
                    .execute();
            lists(h, t);
        });
    }

    @Override
    public Optional<Task> findById(UUID id) {
        return handles.with(h -> h.createQuery(SELECT + " AND t.id = :id").bind("id", id).map(ROW).findOne());
    }

    @Override
    public boolean update(Task t) {
        return handles.with(h -> {
            boolean changed = h.createUpdate(UPDATE).bind("id", t.id()).bind("title", t.title())
                    .bind("description", t.description()).bind("dueAt", SqlTime.at(t.dueAt()))
                    .bind("priority", t.priority().code()).bind("status", t.status().code())
                    .bind("version", t.version()).bind("expected", t.version() - 1)
                    .bind("updatedAt", SqlTime.at(t.updatedAt())).execute() == 1;
            if (changed) {
                h.createUpdate("DELETE FROM agency_task_assignees WHERE task_id = :id").bind("id", t.id()).execute();
                h.createUpdate("DELETE FROM agency_task_attachments WHERE task_id = :id").bind("id", t.id()).execute();
                lists(h, t);
            }
            return changed;
        });
    }

    @Override
    public boolean delete(UUID id) {
        return handles.with(h -> h.createUpdate("DELETE FROM agency_tasks WHERE id = :id").bind("id", id)
                .execute()) == 1;
    }

    @Override
    public List<Task> find(TaskFilter f, Optional<Cursor> after, int max) {
        StringBuilder sql = new StringBuilder(SELECT);
        f.assigneeId().ifPresent(x -> sql.append(" AND EXISTS (SELECT 1 FROM agency_task_assignees x"
                + " WHERE x.task_id = t.id AND x.user_id = :assignee)"));
        f.status().ifPresent(x -> sql.append(" AND t.status = :status"));
        f.dueFrom().ifPresent(x -> sql.append(" AND t.due_at >= :dueFrom"));
        f.dueTo().ifPresent(x -> sql.append(" AND t.due_at < :dueTo"));
        after.ifPresent(x -> sql.append(" AND (t.created_at, t.id) < (:afterAt, :afterId)"));
        sql.append(" ORDER BY t.created_at DESC, t.id DESC LIMIT :max");
        return handles.with(h -> {
            Query q = h.createQuery(sql.toString()).bind("max", max);
            f.assigneeId().ifPresent(v -> q.bind("assignee", v));
            f.status().ifPresent(v -> q.bind("status", v.code()));
            f.dueFrom().ifPresent(v -> q.bind("dueFrom", SqlTime.at(v)));
            f.dueTo().ifPresent(v -> q.bind("dueTo", SqlTime.at(v)));
            after.ifPresent(c -> q.bind("afterAt", SqlTime.at(c.at())).bind("afterId", c.id()));
            return q.map(ROW).list();
        });
    }

    @Override
    public void insertComment(TaskComment c) {
        handles.use(h -> h.createUpdate("INSERT INTO agency_task_comments (id, task_id, author_id, body, created_at)"
                        + " VALUES (:id, :taskId, :authorId, :body, :createdAt)").bind("id", c.id())
                .bind("taskId", c.taskId()).bind("authorId", c.authorId()).bind("body", c.body())
                .bind("createdAt", SqlTime.at(c.createdAt())).execute());
    }

    @Override
    public List<TaskComment> comments(UUID taskId, Optional<Cursor> after, int max) {
        String sql = COMMENTS + (after.isPresent() ? " AND (created_at, id) > (:afterAt, :afterId)" : "")
                + " ORDER BY created_at, id LIMIT :max";
        return handles.with(h -> {
            Query q = h.createQuery(sql).bind("taskId", taskId).bind("max", max);
            after.ifPresent(c -> q.bind("afterAt", SqlTime.at(c.at())).bind("afterId", c.id()));
            return q.map(COMMENT).list();
        });
    }

    private static void lists(Handle h, Task t) {
        for (int i = 0; i < t.assigneeIds().size(); i++) {
            h.createUpdate("INSERT INTO agency_task_assignees (task_id, user_id, position) VALUES (:t, :u, :p)")
                    .bind("t", t.id()).bind("u", t.assigneeIds().get(i)).bind("p", i).execute();
        }
        for (int i = 0; i < t.attachmentIds().size(); i++) {
            h.createUpdate("INSERT INTO agency_task_attachments (task_id, media_id, position) VALUES (:t, :m, :p)")
                    .bind("t", t.id()).bind("m", t.attachmentIds().get(i)).bind("p", i).execute();
        }
    }

    private static List<UUID> ids(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }
}
