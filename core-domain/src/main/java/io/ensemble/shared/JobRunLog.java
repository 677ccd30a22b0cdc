package io.ensemble.shared;

import java.util.List;

/** Port: the record of finished background-job runs, for operators (issue 6 §4 "failures … recorded"). */
public interface JobRunLog {

    /** Stores a finished run. */
    void record(JobRun run);

    /**
     * @param jobName the job
     * @param limit   at most this many runs (1..100)
     * @return the job's latest runs, newest first
     */
    List<JobRun> latest(String jobName, int limit);
}
