package io.ensemble.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The one managed poller of the app's background work (issue 19): draining batches, surviving failures. */
class PollingJobTest {

    @Test
    void a_draining_run_asks_for_batches_until_one_comes_back_short() {
        List<Integer> asked = new ArrayList<>();
        AtomicInteger due = new AtomicInteger(45);
        PollingJob job = PollingJob.draining("test", Duration.ofHours(1), 20, max -> {
            asked.add(max);
            int handled = Math.min(max, due.get());
            due.addAndGet(-handled);
            return handled;
        });

        job.runOnce();

        assertThat(asked).containsExactly(20, 20, 20);
        assertThat(due.get()).isZero();
    }

    @Test
    void a_run_that_throws_is_logged_and_the_next_run_happens() {
        AtomicInteger runs = new AtomicInteger();
        PollingJob job = PollingJob.draining("test", Duration.ofHours(1), 5, max -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("database away");
            }
            return 0;
        });

        job.runOnce();
        job.runOnce();

        assertThat(runs.get()).isEqualTo(2);
    }

    @Test
    void a_batch_below_one_is_refused() {
        assertThatThrownBy(() -> PollingJob.draining("test", Duration.ofSeconds(1), 0, max -> 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
