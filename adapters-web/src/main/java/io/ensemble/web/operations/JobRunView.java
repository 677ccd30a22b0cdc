package io.ensemble.web.operations;

import io.ensemble.shared.jobs.JobRunStatus;

/**
 * A job run as JSON (issue 29 §2): {@code status} is {@code RUNNING}, {@code SUCCEEDED} or {@code FAILED};
 * times are ISO-8601 UTC; {@code finishedAt}, {@code itemsDone}, {@code itemsTotal} and {@code error} are
 * null when unknown.
 */
public record JobRunView(String id, String job, String trigger, String status, String startedAt,
        String finishedAt, Long itemsDone, Long itemsTotal, String summary, String error) {

    /** @return the view of a recorded run */
    public static JobRunView of(JobRunStatus run) {
        return new JobRunView(run.id().toString(), run.jobName(), run.trigger().name(), run.status().name(),
                run.startedAt().toString(), run.finishedAt().map(Object::toString).orElse(null),
                run.itemsDone().isPresent() ? run.itemsDone().getAsLong() : null,
                run.itemsTotal().isPresent() ? run.itemsTotal().getAsLong() : null,
                run.summary(), run.error().orElse(null));
    }
}
