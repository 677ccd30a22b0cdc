package io.ensemble.web.ratelimit;

import com.codahale.metrics.Meter;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buckets every node shares (issue 29 §4), e.g. in Redis: a {@link RateLimiter} built with one
 * takes its tokens here, so "5 per 15 min" means 5 across the cluster. When the store is
 * unreachable (not connected, a timeout, a refused command) the request is answered from the
 * node's own bucket instead: each such fallback marks the {@code fallbacks} meter and is logged at
 * most once every {@link #WARN_EVERY_MILLIS} ms. Never refuses a request because of the store.
 */
public final class SharedBuckets {
    /** At most one warning per this many milliseconds about falling back. */
    static final long WARN_EVERY_MILLIS = 30_000;
    private static final Logger LOG = LoggerFactory.getLogger(SharedBuckets.class);

    private final Supplier<Optional<ProxyManager<String>>> store;
    private final Meter fallbacks;
    private final AtomicLong lastWarning = new AtomicLong(Long.MIN_VALUE / 2);

    /**
     * @param store the shared buckets by key, or empty while the store is not connected
     * @param fallbacks marked once per request answered from a per-node bucket instead
     */
    public SharedBuckets(Supplier<Optional<ProxyManager<String>>> store, Meter fallbacks) {
        this.store = store;
        this.fallbacks = fallbacks;
    }

    /**
     * Takes one token from the shared bucket {@code key}.
     *
     * @param key the limiter's name and the client's key, e.g. {@code auth:203.0.113.9|a@b.c}
     * @param config the bucket's limits, used when the bucket does not exist yet
     * @return the outcome, or empty when the store could not answer (counted and logged)
     */
    Optional<ConsumptionProbe> tryConsume(String key, BucketConfiguration config) {
        Optional<ProxyManager<String>> buckets = store.get();
        if (buckets.isEmpty()) {
            fellBack("not connected");
            return Optional.empty();
        }
        try {
            return Optional.of(buckets.get().builder().build(key, () -> config).tryConsumeAndReturnRemaining(1));
        } catch (RuntimeException e) {
            fellBack(e.toString());
            return Optional.empty();
        }
    }

    private void fellBack(String why) {
        fallbacks.mark();
        long now = System.currentTimeMillis();
        long last = lastWarning.get();
        if (now - last >= WARN_EVERY_MILLIS && lastWarning.compareAndSet(last, now)) {
            LOG.warn("Shared rate-limit store unavailable ({}); using per-node buckets ({} fallbacks so far)", why,
                    fallbacks.getCount());
        }
    }
}
