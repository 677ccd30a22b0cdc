package io.ensemble.web.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.ensemble.shared.errors.RateLimited;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A keyed fixed-capacity limiter on Bucket4j: {@code capacity} requests per {@code window} per key,
 * refilled greedily (seed 001's express-rate-limit figures: 1000 / 15 min general, 5 / 15 min
 * auth). Buckets live in memory on this node and are dropped after a window without use, or, when
 * built with {@link SharedBuckets}, in the shared store with the node's own buckets as the
 * fallback while the store is unreachable (issue 29 §4). A capacity of 0 turns the limiter off.
 */
public final class RateLimiter {
    private final String name;
    private final long capacity;
    private final Duration window;
    private final BucketConfiguration configuration;
    private final SharedBuckets shared;
    private final Cache<String, Bucket> buckets;

    /** A limiter with per-node buckets only. @param capacity requests allowed per window; 0 disables limiting */
    public RateLimiter(long capacity, Duration window) {
        this("local", capacity, window, null);
    }

    /**
     * A limiter whose buckets live in {@code shared} (per-node buckets when it is null or unreachable).
     *
     * @param name names this limiter's keys in the shared store, e.g. {@code auth}
     * @param capacity requests allowed per window; 0 disables limiting
     */
    public RateLimiter(String name, long capacity, Duration window, SharedBuckets shared) {
        this.name = name;
        this.capacity = capacity;
        this.window = window;
        this.shared = shared;
        this.configuration = capacity > 0 ? BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                .build() : null;
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
        Optional<ConsumptionProbe> fromShared = shared == null ? Optional.empty()
                : shared.tryConsume(name + ":" + key, configuration);
        ConsumptionProbe probe = fromShared.orElseGet(() -> local(key).tryConsumeAndReturnRemaining(1));
        if (!probe.isConsumed()) {
            long seconds = TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1;
            throw new RateLimited("Too many requests; try again later.", seconds);
        }
    }

    private Bucket local(String key) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                .build());
    }
}
