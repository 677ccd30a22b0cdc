package io.ensemble.app.jobs;

/**
 * A frequent job (a poll every few seconds, e.g. {@code webhook-dispatch}) whose scheduled runs that
 * found nothing to do leave no trace: a run answering {@link #IDLE} is neither stored in {@code job_runs}
 * nor logged, so a 2 s poll does not add 43,000 rows and log lines a day. Runs that did work, failed
 * runs and runs started by an operator are recorded as for any {@link Job}.
 */
@FunctionalInterface
public interface QuietJob extends Job {
    /** The summary of a run that found nothing due. */
    String IDLE = "idle";
}
