package io.ensemble.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Issue 26 §2: retry delays grow exponentially from 30 s, stay under 6 h, and are jittered. */
class WebhookBackoffTest {
    private static WebhookDispatcher dispatcher(double jitter) {
        return new WebhookDispatcher(new NoEndpoints(), new NoDeliveries(), seq -> java.util.Optional.empty(),
                (e, ev, id, t) -> { throw new AssertionError("not sent"); }, e -> { }, new io.ensemble.testing
                .DirectTransactions(), Runnable::run, java.time.Clock.systemUTC(), () -> jitter);
    }

    @Test
    void delays_double_from_thirty_seconds_up_to_six_hours_with_jitter_between_half_and_all() {
        WebhookDispatcher low = dispatcher(0.0);
        WebhookDispatcher high = dispatcher(0.999_999);
        assertThat(low.backoff(1)).isEqualTo(Duration.ofSeconds(15));
        assertThat(high.backoff(1)).isBetween(Duration.ofMillis(29_999), Duration.ofSeconds(30));
        assertThat(low.backoff(2)).isEqualTo(Duration.ofSeconds(30));
        assertThat(low.backoff(5)).isEqualTo(Duration.ofSeconds(240));
        assertThat(high.backoff(30)).isLessThanOrEqualTo(Duration.ofHours(6));
        assertThat(low.backoff(30)).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void three_days_of_backoff_take_a_bounded_number_of_attempts() {
        WebhookDispatcher mid = dispatcher(0.5);
        Duration total = Duration.ZERO;
        int attempts = 0;
        while (total.compareTo(WebhookDispatcher.RETRY_WINDOW) < 0) {
            attempts++;
            total = total.plus(mid.backoff(attempts));
        }
        assertThat(attempts).isBetween(15, 30);
    }
}
