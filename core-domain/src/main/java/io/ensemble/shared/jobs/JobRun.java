package io.ensemble.shared.jobs;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One finished run of a background job.
 *
 * @param id         the run's id
 * @param jobName    the job, e.g. {@code social-token-refresh}
 * @param trigger    {@code SCHEDULE} (the scheduler ran it) or {@code OPERATOR} (an admin task ran it now)
 * @param startedAt  when it started
 * @param finishedAt when it ended
 * @param succeeded  whether it ended without an error
 * @param summary    a one-line outcome ("refreshed 3 tokens") or the error's message; never secrets
 */
public record JobRun(UUID id, String jobName, Trigger trigger, Instant startedAt, Instant finishedAt,
        boolean succeeded, String summary) {

    /** What started a run. */
    public enum Trigger { SCHEDULE, OPERATOR }

    /** @throws NullPointerException when a field is missing */
    public JobRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(jobName, "jobName");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        summary = summary == null ? "" : summary;
    }
}
