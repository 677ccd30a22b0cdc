package io.ensemble.persistence.jobs;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.shared.jobs.JobRun;
import io.ensemble.shared.jobs.JobRunLog;
import io.ensemble.shared.jobs.JobRunStatus;
import io.ensemble.shared.paging.Cursor;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/** {@link JobRunLog} on the {@code job_runs} table (issue 6 §4, issue 29 §2). */
public final class JdbiJobRunLog implements JobRunLog {
    private static final String STARTED = "INSERT INTO job_runs (id, job_name, trigger, started_at, outcome, summary) "
            + "VALUES (:id, :jobName, :trigger, :startedAt, 'RUNNING', '')";
    private static final String PROGRESS = "UPDATE job_runs SET items_done = :done, items_total = :total "
            + "WHERE id = :id AND outcome = 'RUNNING'";
    private static final String FINISHED = "INSERT INTO job_runs (id, job_name, trigger, started_at, finished_at, "
            + "outcome, summary, error) VALUES (:id, :jobName, :trigger, :startedAt, :finishedAt, :outcome, :summary, "
            + ":error) ON CONFLICT (id) DO UPDATE SET finished_at = EXCLUDED.finished_at, outcome = EXCLUDED.outcome, "
            + "summary = EXCLUDED.summary, error = EXCLUDED.error";
    private static final String LATEST = "SELECT * FROM job_runs WHERE job_name = :jobName AND outcome <> 'RUNNING' "
            + "ORDER BY started_at DESC, id DESC LIMIT :limit";
    private static final String LIST = "SELECT * FROM job_runs WHERE TRUE";
    private static final String BY_JOB = " AND job_name = :jobName";
    private static final String BEFORE = " AND (started_at, id) < (:at, :beforeId)";
    private static final String NEWEST_FIRST = " ORDER BY started_at DESC, id DESC LIMIT :max";
    private static final RowMapper<JobRun> ROW = (rs, ctx) -> new JobRun(rs.getObject("id", UUID.class),
            rs.getString("job_name"), JobRun.Trigger.valueOf(rs.getString("trigger")),
            SqlTime.read(rs, "started_at"), SqlTime.read(rs, "finished_at"),
            "SUCCEEDED".equals(rs.getString("outcome")), rs.getString("summary"));
    private static final RowMapper<JobRunStatus> STATUS = (rs, ctx) -> new JobRunStatus(
            rs.getObject("id", UUID.class), rs.getString("job_name"), JobRun.Trigger.valueOf(rs.getString("trigger")),
            JobRunStatus.Status.valueOf(rs.getString("outcome")), SqlTime.read(rs, "started_at"),
            SqlTime.readOptional(rs, "finished_at"), optionalLong(rs, "items_done"), optionalLong(rs, "items_total"),
            rs.getString("summary"), Optional.ofNullable(rs.getString("error")));

    private final JdbiHandles handles;

    /** @param handles the handle provider */
    public JdbiJobRunLog(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    @Override
    public void started(UUID id, String jobName, JobRun.Trigger trigger, Instant at) {
        handles.use(h -> h.createUpdate(STARTED).bind("id", id).bind("jobName", jobName)
                .bind("trigger", trigger.name()).bind("startedAt", SqlTime.at(at)).execute());
    }

    @Override
    public void progress(UUID id, long done, long total) {
        handles.use(h -> h.createUpdate(PROGRESS).bind("id", id).bind("done", done)
                .bind("total", total < 0 ? null : Long.valueOf(total)).execute());
    }

    @Override
    public void record(JobRun run, Optional<String> error) {
        handles.use(h -> h.createUpdate(FINISHED)
                .bind("id", run.id())
                .bind("jobName", run.jobName())
                .bind("trigger", run.trigger().name())
                .bind("startedAt", SqlTime.at(run.startedAt()))
                .bind("finishedAt", SqlTime.at(run.finishedAt()))
                .bind("outcome", run.succeeded() ? "SUCCEEDED" : "FAILED")
                .bind("summary", run.summary())
                .bind("error", error.orElse(null))
                .execute());
    }

    @Override
    public List<JobRun> latest(String jobName, int limit) {
        int bounded = Math.max(1, Math.min(100, limit));
        return handles.with(h -> h.createQuery(LATEST).bind("jobName", jobName).bind("limit", bounded)
                .map(ROW).list());
    }

    @Override
    public Page<JobRunStatus> list(Optional<String> jobName, PageRequest page) {
        Optional<Cursor> before = page.cursor().map(Cursor::decode);
        List<JobRunStatus> rows = handles.with(h -> {
            Query q = h.createQuery(LIST + (jobName.isPresent() ? BY_JOB : "") + (before.isPresent() ? BEFORE : "")
                    + NEWEST_FIRST).bind("max", page.limit() + 1);
            jobName.ifPresent(name -> q.bind("jobName", name));
            before.ifPresent(c -> q.bind("at", SqlTime.at(c.at())).bind("beforeId", c.id()));
            return q.map(STATUS).list();
        });
        return Page.fromOverfetch(rows, page.limit(), run -> new Cursor(run.startedAt(), run.id()).encode());
    }

    @Override
    public Optional<JobRunStatus> find(UUID id) {
        return handles.with(h -> h.createQuery("SELECT * FROM job_runs WHERE id = :id").bind("id", id)
                .map(STATUS).findOne());
    }

    private static OptionalLong optionalLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
