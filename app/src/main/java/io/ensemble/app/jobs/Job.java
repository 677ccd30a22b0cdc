package io.ensemble.app.jobs;

import java.time.Instant;

/**
 * A background job's body: one pass of a use case (refresh expiring tokens, resync accounts, remove
 * stale uploads …). It must be safe to run again after a failure or a crash mid-way.
 */
@FunctionalInterface
public interface Job {

    /**
     * Runs one pass.
     *
     * @param now the scheduler's current time (the application clock; tests control it)
     * @return a one-line summary for the run log, e.g. {@code "refreshed 3 of 4 tokens"}; never secrets
     * @throws Exception when the pass fails; the run is recorded as failed and retried with backoff
     */
    String run(Instant now) throws Exception;

    /**
     * Runs one pass and reports how far it got (issue 29 §2 "items done/total"); by default
     * {@link #run(Instant)} without progress. Jobs that handle a known number of items override this.
     *
     * @param now      the scheduler's current time
     * @param progress where to report items done and total as the pass goes
     * @return the one-line summary
     * @throws Exception when the pass fails
     */
    default String run(Instant now, Progress progress) throws Exception {
        return run(now);
    }

    /** Receives a running pass's progress. */
    @FunctionalInterface
    interface Progress {
        /**
         * @param done  items handled so far
         * @param total items to handle in this pass, or -1 when unknown
         */
        void report(long done, long total);
    }
}
