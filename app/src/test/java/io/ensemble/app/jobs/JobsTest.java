package io.ensemble.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.ensemble.app.support.SharedDatabase;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.jobs.JdbiJobRunLog;
import io.ensemble.persistence.testing.TestDatabase;
import io.ensemble.shared.ids.UuidV7Generator;
import io.ensemble.shared.jobs.JobRun;
import io.ensemble.shared.jobs.JobRunStatus;
import io.ensemble.shared.paging.PageRequest;
import io.ensemble.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** db-scheduler jobs against the real test database with a controlled clock (issue 6 §4). */
class JobsTest {
    private static final Instant BEFORE_THREE = Instant.parse("2026-11-23T02:59:30Z");

    private final TestDatabase db = SharedDatabase.get();
    private final JdbiJobRunLog log = new JdbiJobRunLog(new JdbiHandles(Jdbi.create(db.dataSource())));
    private final MutableClock clock = MutableClock.ticking(BEFORE_THREE);
    private final List<Jobs> started = new ArrayList<>();
    private final String name = "test-job-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void stopSchedulers() {
        for (Jobs jobs : started) {
            try {
                jobs.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void two_nodes_run_a_due_daily_job_exactly_once() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        for (int node = 0; node < 2; node++) {
            Jobs jobs = jobs();
            jobs.daily(name, LocalTime.of(3, 0), now -> "run " + runs.incrementAndGet());
            jobs.start();
        }

        awaitScheduled();
        clock.set(Instant.parse("2026-11-23T03:00:01Z"));
        awaitRuns(1);
        Thread.sleep(1_000); // several more polls by both nodes: nobody runs it again

        assertThat(runs).hasValue(1);
        assertThat(log.latest(name, 10)).singleElement()
                .satisfies(run -> assertThat(run.trigger()).isEqualTo(JobRun.Trigger.SCHEDULE))
                .satisfies(run -> assertThat(run.succeeded()).isTrue());
    }

    @Test
    void a_failed_run_is_recorded_and_retried_with_backoff() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        Jobs jobs = jobs();
        jobs.daily(name, LocalTime.of(3, 0), now -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("provider answered 503");
            }
            return "ok";
        });
        jobs.start();

        awaitScheduled();
        clock.set(Instant.parse("2026-11-23T03:00:01Z"));
        awaitRuns(1);
        Thread.sleep(500);
        assertThat(attempts).hasValue(1); // the retry waits for its backoff

        clock.set(Instant.parse("2026-11-23T03:01:05Z")); // first retry one minute after the failure
        awaitRuns(2);

        List<JobRun> recorded = log.latest(name, 10);
        assertThat(recorded).extracting(JobRun::succeeded).containsExactly(true, false);
        assertThat(recorded.get(1).summary()).contains("provider answered 503");
    }

    @Test
    void run_now_runs_the_job_on_this_node_and_records_who_started_it() {
        Jobs jobs = jobs();
        jobs.every(name, Duration.ofHours(1), now -> "ran at " + now);

        JobRun run = jobs.runNow(name);

        assertThat(run.trigger()).isEqualTo(JobRun.Trigger.OPERATOR);
        assertThat(run.summary()).startsWith("ran at 2026-11-23T02:59:3");
        assertThat(log.latest(name, 10)).containsExactly(run);
        assertThatThrownBy(() -> jobs.runNow("no-such-job")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void start_records_a_running_run_at_once_and_its_progress_and_outcome_when_it_ends() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Jobs jobs = jobs();
        jobs.every(name, Duration.ofHours(1), new Job() {
            @Override
            public String run(Instant now) {
                throw new UnsupportedOperationException("the progress variant runs");
            }

            @Override
            public String run(Instant now, Job.Progress progress) throws Exception {
                progress.report(1, 3);
                release.await();
                progress.report(3, 3);
                return "handled 3 items";
            }
        });

        UUID id = jobs.start(name);

        JobRunStatus running = awaitStatus(id, r -> r.itemsDone().isPresent());
        assertThat(running.status()).isEqualTo(JobRunStatus.Status.RUNNING);
        assertThat(running.finishedAt()).isEmpty();
        assertThat(running.itemsDone()).hasValue(1);
        assertThat(running.itemsTotal()).hasValue(3);
        assertThat(log.latest(name, 10)).as("latest lists finished runs only").isEmpty();
        release.countDown();
        JobRunStatus done = awaitStatus(id, r -> r.status() != JobRunStatus.Status.RUNNING);
        assertThat(done.status()).isEqualTo(JobRunStatus.Status.SUCCEEDED);
        assertThat(done.itemsDone()).hasValue(3);
        assertThat(done.summary()).isEqualTo("handled 3 items");
        assertThat(done.finishedAt()).isPresent();
        assertThat(done.error()).isEmpty();
    }

    @Test
    void a_failed_background_run_keeps_its_error() throws Exception {
        Jobs jobs = jobs();
        jobs.every(name, Duration.ofHours(1), now -> {
            throw new IllegalStateException("bucket unreachable");
        });

        UUID id = jobs.start(name);

        JobRunStatus failed = awaitStatus(id, r -> r.status() != JobRunStatus.Status.RUNNING);
        assertThat(failed.status()).isEqualTo(JobRunStatus.Status.FAILED);
        assertThat(failed.error()).hasValueSatisfying(e -> assertThat(e).contains("bucket unreachable"));
        assertThat(log.list(Optional.of(name), new PageRequest(10, Optional.empty())).items())
                .extracting(JobRunStatus::id).containsExactly(id);
        assertThatThrownBy(() -> jobs.start("no-such-job")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_stopped_node_refuses_to_start_a_run_and_records_it_as_failed() throws Exception {
        Jobs jobs = jobs();
        jobs.every(name, Duration.ofHours(1), now -> "ran");
        jobs.stop();

        assertThatThrownBy(() -> jobs.start(name))
                .isInstanceOf(java.util.concurrent.RejectedExecutionException.class);
        List<JobRunStatus> runs = log.list(Optional.of(name), new PageRequest(10, Optional.empty())).items();
        assertThat(runs).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(JobRunStatus.Status.FAILED);
            assertThat(r.summary()).contains("stopping");
        });
    }

    private JobRunStatus awaitStatus(UUID id, java.util.function.Predicate<JobRunStatus> test) {
        return await("run " + id).atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20))
                .until(() -> log.find(id), run -> run.isPresent() && test.test(run.get())).orElseThrow();
    }

    @Test
    void job_names_must_be_unique_kebab_case() {
        Jobs jobs = jobs();
        jobs.every(name, Duration.ofHours(1), now -> "");

        assertThatThrownBy(() -> jobs.every(name, Duration.ofHours(1), now -> ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> jobs.every("Not Kebab", Duration.ofHours(1), now -> ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Jobs jobs() {
        Jobs jobs = new Jobs(db.dataSource(), log, new UuidV7Generator(clock), clock,
                new JobsSettings(true, Duration.ofMillis(100), ZoneOffset.UTC, "node-" + UUID.randomUUID()),
                new com.codahale.metrics.MetricRegistry());
        started.add(jobs);
        return jobs;
    }

    /** Waits until a scheduler has stored the job's first execution (schedulers do that as they start). */
    private void awaitScheduled() {
        Jdbi jdbi = Jdbi.create(db.dataSource());
        await(name + " scheduled").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM scheduled_tasks WHERE task_name = :n")
                        .bind("n", name).mapTo(Integer.class).one()), n -> n > 0);
    }

    private void awaitRuns(int count) {
        await(count + " runs of " + name).atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> log.latest(name, 10).size(), n -> n >= count);
    }
}
