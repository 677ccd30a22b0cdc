package io.ensemble.web.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.ensemble.shared.RateLimited;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A keyed fixed-capacity limiter on Bucket4j: {@code capacity} requests per {@code window} per key,
 * refilled greedily (seed 001's express-rate-limit figures: 1000 / 15 min general, 5 / 15 min
 * auth). Buckets live in memory on this node and are dropped after a window without use; a
 * capacity of 0 turns the limiter off.
 */
public final class RateLimiter {
    private final long capacity;
    private final Duration window;
    private final Cache<String, Bucket> buckets;

    /** @param capacity requests allowed per window; 0 disables limiting */
    public RateLimiter(long capacity, Duration window) {
        this.capacity = capacity;
        this.window = window;
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(window.toMillis(), TimeUnit.MILLISECONDS)
                .maximumSize(1_000_000)
                .build();
    }

    /** @return whether this limiter limits anything */
    public boolean enabled() {
        return capacity > 0;
    }

    /**
     * Takes one token for {@code key}.
     *
     * @throws RateLimited with the seconds until a token is back, when the bucket is empty
     */
    public void acquire(String key) {
        if (!enabled()) {
            return;
        }
        Bucket bucket = buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1;
            throw new RateLimited("Too many requests; try again later.", seconds);
        }
    }
}
