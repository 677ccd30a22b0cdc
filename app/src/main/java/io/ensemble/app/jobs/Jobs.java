package io.ensemble.app.jobs;

import com.codahale.metrics.Counter;
import com.codahale.metrics.MetricRegistry;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.dropwizard.lifecycle.Managed;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.jobs.JobRun;
import io.ensemble.shared.jobs.JobRunLog;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recurring background jobs on db-scheduler over PostgreSQL (issue 6 §4): each due execution is locked
 * in {@code scheduled_tasks} and runs on exactly one node however many run; failures are retried with
 * exponential backoff; every run (scheduled or started by an operator) is recorded in {@code job_runs}.
 * Operators start a job now with {@link #start(String)} ({@code POST /tasks/<name>} on the admin port,
 * {@link JobTasksServlet}): it answers at once with the run's id and the run continues on a small
 * background pool stopped with the lifecycle (issue 29 §2). Every run is recorded as {@code RUNNING} when
 * it starts, with the progress the job reports, and updated when it ends; the metrics
 * {@code jobs.runs.succeeded} / {@code jobs.runs.failed} count outcomes (issue 29 §5).
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
    /** Operator-started runs in parallel on one node; more wait in the pool's queue. */
    static final int OPERATOR_THREADS = 2;
    /** How long {@link #stop()} waits for operator-started runs to finish. */
    static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final DataSource dataSource;
    private final ExecutorService operatorRuns;
    private final Counter succeededRuns;
    private final Counter failedRuns;
    private final JobRunLog runs;
    private final IdGenerator ids;
    private final Clock clock;
    private final JobsSettings settings;
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final List<RecurringTask<Void>> tasks = new ArrayList<>();
    private Scheduler scheduler;

    /**
     * @param dataSource the application's pool (the same database as everything else)
     * @param runs       the run log
     * @param ids        run ids
     * @param clock      the application clock; the scheduler reads time from it
     * @param settings   enabled flag, polling interval and time zone of daily times
     * @param metrics    where the run outcome counters go (the application's registry)
     */
    public Jobs(DataSource dataSource, JobRunLog runs, IdGenerator ids, Clock clock, JobsSettings settings,
            MetricRegistry metrics) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.succeededRuns = metrics.counter(MetricRegistry.name("jobs", "runs", "succeeded"));
        this.failedRuns = metrics.counter(MetricRegistry.name("jobs", "runs", "failed"));
        this.operatorRuns = Executors.newFixedThreadPool(OPERATOR_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "job-operator-run");
            thread.setDaemon(true);
            return thread;
        });
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
        Job job = job(name);
        UUID id = ids.newId();
        return execute(id, name, job, JobRun.Trigger.OPERATOR, begin(id, name, JobRun.Trigger.OPERATOR));
    }

    /**
     * Starts a registered job now on this node's background pool, outside the schedule (issue 29 §2): the
     * run is recorded as {@code RUNNING} before this returns and updated as it goes.
     *
     * @param name the job's name
     * @return the run's id, to find it in the run log
     * @throws IllegalArgumentException when no job has that name
     * @throws java.util.concurrent.RejectedExecutionException after {@link #stop()}
     */
    public UUID start(String name) {
        Job job = job(name);
        UUID id = ids.newId();
        Instant started = begin(id, name, JobRun.Trigger.OPERATOR);
        try {
            operatorRuns.execute(() -> execute(id, name, job, JobRun.Trigger.OPERATOR, started));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            try {
                runs.record(new JobRun(id, name, JobRun.Trigger.OPERATOR, started, clock.instant(), false,
                        "not run: the service is stopping"));
            } catch (RuntimeException recordFailed) {
                LOG.warn("Could not record the refused run of job {}", name, recordFailed);
            }
            throw e;
        }
        return id;
    }

    /** @return whether a job of that name is registered */
    public boolean has(String name) {
        return jobs.containsKey(name);
    }

    private Job job(String name) {
        Job job = jobs.get(name);
        if (job == null) {
            throw new IllegalArgumentException("No job named " + name);
        }
        return job;
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
    public synchronized void stop() throws InterruptedException {
        operatorRuns.shutdown();
        if (scheduler != null) {
            scheduler.stop();
            scheduler = null;
        }
        if (!operatorRuns.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warn("Operator-started job runs still running after {}; interrupting them", STOP_WAIT);
            operatorRuns.shutdownNow();
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
                    UUID id = ids.newId();
                    Instant started = job instanceof QuietJob ? clock.instant() : begin(id, name, JobRun.Trigger.SCHEDULE);
                    JobRun run = execute(id, name, job, JobRun.Trigger.SCHEDULE, started);
                    if (!run.succeeded()) {
                        throw new JobFailed(name, run.summary());
                    }
                }));
    }

    /** Records a run as started. @return its start time */
    private Instant begin(UUID id, String name, JobRun.Trigger trigger) {
        Instant started = clock.instant();
        try {
            runs.started(id, name, trigger, started);
        } catch (RuntimeException e) {
            LOG.warn("Could not record the start of job {}", name, e);
        }
        return started;
    }

    private JobRun execute(UUID id, String name, Job job, JobRun.Trigger trigger, Instant started) {
        boolean succeeded;
        String summary;
        Job.Progress progress = (done, total) -> {
            try {
                runs.progress(id, done, total);
            } catch (RuntimeException e) {
                LOG.warn("Could not record the progress of job {}", name, e);
            }
        };
        try {
            summary = job.run(started, progress);
            succeeded = true;
        } catch (Exception | AssertionError e) {
            LOG.warn("Job {} failed", name, e);
            summary = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            succeeded = false;
        }
        JobRun run = new JobRun(id, name, trigger, started, clock.instant(), succeeded, summary);
        (succeeded ? succeededRuns : failedRuns).inc();
        if (succeeded && job instanceof QuietJob && QuietJob.IDLE.equals(summary) && trigger == JobRun.Trigger.SCHEDULE) {
            return run; // an idle poll: not stored, not logged (QuietJob)
        }
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
