package io.ensemble.web.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.codahale.metrics.Meter;
import io.ensemble.shared.errors.RateLimited;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 29 §4: per-node buckets, and the fallback to them when the shared store fails. */
class RateLimiterTest {
    private static final Duration WINDOW = Duration.ofMinutes(15);

    @SuppressWarnings("unchecked")
    private static ProxyManager<String> failing() {
        return (ProxyManager<String>) Proxy.newProxyInstance(RateLimiterTest.class.getClassLoader(),
                new Class<?>[] {ProxyManager.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("Redis connection refused");
                });
    }

    private static void assertLimitsAfter(RateLimiter limiter, int allowed, String key) {
        for (int i = 0; i < allowed; i++) {
            limiter.acquire(key);
        }
        assertThatThrownBy(() -> limiter.acquire(key)).isInstanceOf(RateLimited.class)
                .satisfies(e -> assertThat(((RateLimited) e).retryAfterSeconds()).isPositive());
    }

    @Test
    void per_node_buckets_limit_each_key_and_zero_turns_limiting_off() {
        RateLimiter limiter = new RateLimiter(2, WINDOW);
        assertLimitsAfter(limiter, 2, "a");
        limiter.acquire("b");
        RateLimiter off = new RateLimiter(0, WINDOW);
        for (int i = 0; i < 100; i++) {
            off.acquire("a");
        }
        assertThat(off.enabled()).isFalse();
    }

    @Test
    void an_unconnected_store_falls_back_to_the_node_bucket_and_counts_it() {
        Meter fallbacks = new Meter();
        RateLimiter limiter = new RateLimiter("auth", 2, WINDOW, new SharedBuckets(Optional::empty, fallbacks));
        assertLimitsAfter(limiter, 2, "a");
        assertThat(fallbacks.getCount()).isEqualTo(3);
    }

    @Test
    void a_failing_store_falls_back_to_the_node_bucket_and_counts_it() {
        Meter fallbacks = new Meter();
        ProxyManager<String> broken = failing();
        RateLimiter limiter = new RateLimiter("auth", 2, WINDOW,
                new SharedBuckets(() -> Optional.of(broken), fallbacks));
        assertLimitsAfter(limiter, 2, "a");
        assertThat(fallbacks.getCount()).isEqualTo(3);
    }
}
