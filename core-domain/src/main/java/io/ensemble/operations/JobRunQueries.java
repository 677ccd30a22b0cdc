package io.ensemble.operations;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.jobs.JobRunLog;
import io.ensemble.shared.jobs.JobRunStatus;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Use case: operators read background-job runs back (issue 29 §2 "{@code GET /tasks/runs} and an admin API
 * route"), newest first, optionally one job's only.
 */
public final class JobRunQueries {
    private final JobRunLog runs;

    /** @param runs the run log */
    public JobRunQueries(JobRunLog runs) {
        this.runs = Objects.requireNonNull(runs, "runs");
    }

    /**
     * Lists runs for an admin of the API.
     *
     * @param caller the authenticated caller
     * @param job    only this job's runs when present (kebab-case name)
     * @param page   limit and cursor
     * @return one page of runs, newest first
     * @throws Forbidden when the caller is not an ADMIN
     * @throws ValidationFailed naming {@code job} or {@code cursor}
     */
    public Page<JobRunStatus> runs(Caller caller, Optional<String> job, PageRequest page) {
        if (!caller.is(Role.ADMIN)) {
            throw new Forbidden("Only admins can list job runs.");
        }
        return runs(job, page);
    }

    /**
     * Lists runs for the admin port, whose access the port itself guards.
     *
     * @param job  only this job's runs when present (kebab-case name)
     * @param page limit and cursor
     * @return one page of runs, newest first
     * @throws ValidationFailed naming {@code job} or {@code cursor}
     */
    public Page<JobRunStatus> runs(Optional<String> job, PageRequest page) {
        Optional<String> name = job.filter(j -> !j.isBlank()).map(String::trim);
        if (name.isPresent() && !name.get().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new ValidationFailed(List.of(new FieldError("job", "must be a job name such as media-cleanup")));
        }
        return runs.list(name, page);
    }
}
