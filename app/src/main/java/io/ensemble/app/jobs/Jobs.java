package io.ensemble.app.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.dropwizard.lifecycle.Managed;
import io.ensemble.shared.IdGenerator;
import io.ensemble.shared.JobRun;
import io.ensemble.shared.JobRunLog;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recurring background jobs on db-scheduler over PostgreSQL (issue 6 §4): each due execution is locked
 * in {@code scheduled_tasks} and runs on exactly one node however many run; failures are retried with
 * exponential backoff; every run (scheduled or started by an operator) is recorded in {@code job_runs}.
 * Each job also gets an admin task {@code POST /tasks/<name>} on the admin port that runs it now.
 *
 * <p>Wirings register jobs before the server starts ({@link #daily}, {@link #every}); the scheduler starts
 * with the application's lifecycle and stops (waiting for running jobs) with it.
 */
public final class Jobs implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);
    /** First retry delay after a failure; doubles on each further failure. */
    static final Duration RETRY_BASE = Duration.ofMinutes(1);
    /** Consecutive failures retried before waiting for the next regular run. */
    static final int MAX_RETRIES = 5;

    private final DataSource dataSource;
    private final Consumer<io.dropwizard.servlets.tasks.Task> adminTasks;
    private final JobRunLog runs;
    private final IdGenerator ids;
    private final Clock clock;
    private final JobsSettings settings;
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final List<RecurringTask<Void>> tasks = new ArrayList<>();
    private Scheduler scheduler;

    /**
     * @param dataSource the application's pool (the same database as everything else)
     * @param adminTasks where the run-now admin tasks go, e.g. {@code env.admin()::addTask}
     * @param runs       the run log
     * @param ids        run ids
     * @param clock      the application clock; the scheduler reads time from it
     * @param settings   enabled flag, polling interval and time zone of daily times
     */
    public Jobs(DataSource dataSource, Consumer<io.dropwizard.servlets.tasks.Task> adminTasks, JobRunLog runs, IdGenerator ids, Clock clock,
            JobsSettings settings) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.adminTasks = Objects.requireNonNull(adminTasks, "adminTasks");
        this.runs = Objects.requireNonNull(runs, "runs");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Registers a job run once a day.
     *
     * @param name a unique kebab-case name, also the admin task's name, e.g. {@code social-token-refresh}
     * @param at   the local time of day in the configured zone (default UTC), e.g. 02:00
     * @param job  the body
     * @throws IllegalArgumentException when the name is taken, or after the scheduler started
     */
    public void daily(String name, LocalTime at, Job job) {
        add(name, Schedules.daily(settings.zone(), at), job);
    }

    /**
     * Registers a job run every {@code interval} (measured from the end of the previous run).
     *
     * @param name     a unique kebab-case name, also the admin task's name
     * @param interval the delay between runs, at least one second
     * @param job      the body
     * @throws IllegalArgumentException when the name is taken or the interval too short
     */
    public void every(String name, Duration interval, Job job) {
        if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("interval must be at least 1 s");
        }
        add(name, Schedules.fixedDelay(interval), job);
    }

    /**
     * Runs a registered job now on this node, outside the schedule, and records the run.
     *
     * @param name the job's name
     * @return the run as recorded
     * @throws IllegalArgumentException when no job has that name
     */
    public JobRun runNow(String name) {
        Job job = jobs.get(name);
        if (job == null) {
            throw new IllegalArgumentException("No job named " + name);
        }
        return execute(name, job, JobRun.Trigger.OPERATOR);
    }

    /** @return the registered job names, in registration order */
    public List<String> names() {
        return List.copyOf(jobs.keySet());
    }

    @Override
    public synchronized void start() {
        if (!settings.enabled() || tasks.isEmpty()) {
            LOG.info("Background jobs not scheduled on this node (enabled={}, jobs={})", settings.enabled(), jobs.keySet());
            return;
        }
        scheduler = Scheduler.create(dataSource, List.<Task<?>>of())
                .startTasks(tasks)
                .pollingInterval(settings.pollingInterval())
                .threads(2)
                .clock(clock::instant)
                .schedulerName(new SchedulerName.Fixed(settings.nodeName()))
                .build();
        scheduler.start();
        LOG.info("Background jobs scheduled: {}", jobs.keySet());
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.stop();
            scheduler = null;
        }
    }

    private synchronized void add(String name, Schedule schedule, Job job) {
        Objects.requireNonNull(job, "job");
        if (name == null || !name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("Job names are kebab-case: " + name);
        }
        if (jobs.containsKey(name) || scheduler != null) {
            throw new IllegalArgumentException("Job " + name + " is already registered or the scheduler has started");
        }
        jobs.put(name, job);
        tasks.add(Tasks.recurring(name, schedule)
                .onFailure(new RetryWithBackoff(schedule, RETRY_BASE, MAX_RETRIES))
                .execute((instance, context) -> {
                    JobRun run = execute(name, job, JobRun.Trigger.SCHEDULE);
                    if (!run.succeeded()) {
                        throw new JobFailed(name, run.summary());
                    }
                }));
        adminTasks.accept(new io.dropwizard.servlets.tasks.Task(name) {
            @Override
            public void execute(Map<String, List<String>> parameters, PrintWriter output) {
                JobRun run = runNow(name);
                output.println((run.succeeded() ? "succeeded: " : "failed: ") + run.summary());
            }
        });
    }

    private JobRun execute(String name, Job job, JobRun.Trigger trigger) {
        Instant started = clock.instant();
        boolean succeeded;
        String summary;
        try {
            summary = job.run(started);
            succeeded = true;
        } catch (Exception | AssertionError e) {
            LOG.warn("Job {} failed", name, e);
            summary = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            succeeded = false;
        }
        JobRun run = new JobRun(ids.newId(), name, trigger, started, clock.instant(), succeeded, summary);
        try {
            runs.record(run);
        } catch (RuntimeException e) {
            LOG.warn("Could not record the run of job {}", name, e);
        }
        LOG.info("Job {} ({}) {}: {}", name, trigger, succeeded ? "succeeded" : "failed", summary);
        return run;
    }

    /** Thrown to db-scheduler when a scheduled run fails, so its failure handler retries it. */
    static final class JobFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        JobFailed(String name, String summary) {
            super("Job " + name + " failed: " + summary);
        }
    }

    /** @return a node name unique per process, e.g. {@code host-1234-ab12cd34} */
    static String defaultNodeName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "node";
        }
        return host + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
