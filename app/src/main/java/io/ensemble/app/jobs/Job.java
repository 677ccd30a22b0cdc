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
}
