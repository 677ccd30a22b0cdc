package io.ensemble.persistence.jobs;

import io.ensemble.persistence.JdbiHandles;
import io.ensemble.persistence.SqlTime;
import io.ensemble.shared.JobRun;
import io.ensemble.shared.JobRunLog;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/** {@link JobRunLog} on the {@code job_runs} table. */
public final class JdbiJobRunLog implements JobRunLog {
    private static final String INSERT = "INSERT INTO job_runs (id, job_name, trigger, started_at, finished_at, "
            + "outcome, summary) VALUES (:id, :jobName, :trigger, :startedAt, :finishedAt, :outcome, :summary)";
    private static final String LATEST = "SELECT * FROM job_runs WHERE job_name = :jobName "
            + "ORDER BY started_at DESC, id DESC LIMIT :limit";
    private static final RowMapper<JobRun> ROW = (rs, ctx) -> new JobRun(rs.getObject("id", UUID.class),
            rs.getString("job_name"), JobRun.Trigger.valueOf(rs.getString("trigger")),
            SqlTime.read(rs, "started_at"), SqlTime.read(rs, "finished_at"),
            "SUCCEEDED".equals(rs.getString("outcome")), rs.getString("summary"));

    private final JdbiHandles handles;

    /** @param handles the handle provider */
    public JdbiJobRunLog(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    @Override
    public void record(JobRun run) {
        handles.use(h -> h.createUpdate(INSERT)
                .bind("id", run.id())
                .bind("jobName", run.jobName())
                .bind("trigger", run.trigger().name())
                .bind("startedAt", SqlTime.at(run.startedAt()))
                .bind("finishedAt", SqlTime.at(run.finishedAt()))
                .bind("outcome", run.succeeded() ? "SUCCEEDED" : "FAILED")
                .bind("summary", run.summary())
                .execute());
    }

    @Override
    public List<JobRun> latest(String jobName, int limit) {
        int bounded = Math.max(1, Math.min(100, limit));
        return handles.with(h -> h.createQuery(LATEST).bind("jobName", jobName).bind("limit", bounded)
                .map(ROW).list());
    }
}
