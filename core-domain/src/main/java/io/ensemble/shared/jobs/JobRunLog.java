package io.ensemble.shared.jobs;

import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.paging.Cursor;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: the record of background-job runs, for operators (issue 6 §4 "failures … recorded"; issue 29 §2
 * runs in flight with progress).
 */
public interface JobRunLog {

    /**
     * Records a run that has just started (status {@code RUNNING}).
     *
     * @param id      the run's id
     * @param jobName the job
     * @param trigger what started it
     * @param at      when it started
     */
    void started(UUID id, String jobName, JobRun.Trigger trigger, Instant at);

    /**
     * Stores a running run's progress.
     *
     * @param id    the run's id
     * @param done  items handled so far (>= 0)
     * @param total items to handle (>= done), or -1 when unknown
     */
    void progress(UUID id, long done, long total);

    /**
     * Stores a finished run, replacing its {@code RUNNING} record when there is one.
     *
     * @param run   the finished run
     * @param error the failure's message, for a failed run
     */
    void record(JobRun run, Optional<String> error);

    /** Stores a finished run with no separate error message. */
    default void record(JobRun run) {
        record(run, run.succeeded() ? Optional.empty() : Optional.of(run.summary()));
    }

    /**
     * @param jobName the job
     * @param limit   at most this many runs (1..100)
     * @return the job's latest finished runs, newest first
     */
    List<JobRun> latest(String jobName, int limit);

    /**
     * Lists runs, running or finished, newest first.
     *
     * @param jobName only this job's runs, when present
     * @param page    limit and cursor ({@link Cursor} of started time and id)
     * @return one page of runs
     * @throws ValidationFailed when the cursor is not one this list returned
     */
    Page<JobRunStatus> list(Optional<String> jobName, PageRequest page);

    /**
     * @param id a run's id
     * @return that run, when recorded
     */
    Optional<JobRunStatus> find(UUID id);
}
