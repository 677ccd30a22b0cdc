package io.ensemble.app.jobs;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import java.time.Duration;
import java.time.Instant;

/**
 * Failure handler for recurring jobs: retries after {@code base × 2^(failures-1)} (capped at the next
 * regular run) for up to {@code maxRetries} consecutive failures, then waits for the next regular run, so a
 * job never stops being scheduled (db-scheduler "FailureHandler").
 */
final class RetryWithBackoff implements FailureHandler<Void> {
    private final Schedule schedule;
    private final Duration base;
    private final int maxRetries;

    RetryWithBackoff(Schedule schedule, Duration base, int maxRetries) {
        this.schedule = schedule;
        this.base = base;
        this.maxRetries = maxRetries;
    }

    @Override
    public void onFailure(ExecutionComplete complete, ExecutionOperations<Void> operations) {
        Instant regular = schedule.getNextExecutionTime(complete);
        int failures = complete.getExecution().consecutiveFailures + 1;
        Instant next = regular;
        if (failures <= maxRetries) {
            Instant retry = complete.getTimeDone().plus(base.multipliedBy(1L << Math.min(failures - 1, 20)));
            next = retry.isBefore(regular) ? retry : regular;
        }
        operations.reschedule(complete, next);
    }
}
