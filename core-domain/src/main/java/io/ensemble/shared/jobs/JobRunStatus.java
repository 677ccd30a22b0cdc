package io.ensemble.shared.jobs;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * A job run as operators list it (issue 29 §2): in flight or finished, with its progress and error.
 *
 * @param id         the run's id
 * @param jobName    the job, e.g. {@code media-cleanup}
 * @param trigger    what started it
 * @param status     {@code RUNNING}, {@code SUCCEEDED} or {@code FAILED}
 * @param startedAt  when it started
 * @param finishedAt when it ended; empty while running
 * @param itemsDone  items handled so far, when the job reports progress
 * @param itemsTotal items to handle, when the job reports progress
 * @param summary    the one-line outcome (empty while running)
 * @param error      the failure's message, for a failed run
 */
public record JobRunStatus(UUID id, String jobName, JobRun.Trigger trigger, Status status, Instant startedAt,
        Optional<Instant> finishedAt, OptionalLong itemsDone, OptionalLong itemsTotal, String summary,
        Optional<String> error) {

    /** Where a run is. */
    public enum Status { RUNNING, SUCCEEDED, FAILED }

    /** @throws NullPointerException when a field is missing */
    public JobRunStatus {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(jobName, "jobName");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(itemsDone, "itemsDone");
        Objects.requireNonNull(itemsTotal, "itemsTotal");
        Objects.requireNonNull(error, "error");
        summary = summary == null ? "" : summary;
    }
}
