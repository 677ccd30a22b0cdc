package io.ensemble.app.wiring;

import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import io.ensemble.app.config.RateLimitConfig;
import io.ensemble.app.config.RealtimeConfig;
import io.ensemble.integrations.ratelimit.RedisBucketStore;
import io.ensemble.web.ratelimit.RateLimiter;
import io.ensemble.web.ratelimit.SharedBuckets;
import java.time.Duration;

/**
 * Builds every {@link RateLimiter} of the service over one bucket store (issue 29 §4):
 * {@code rateLimits.store} local → per-node buckets; redis (or auto with {@code realtime.bus: redis})
 * → Bucket4j buckets in Redis under the realtime channel prefix, with per-node buckets while Redis
 * is unreachable, counted by the meter {@value #FALLBACKS_METER}.
 */
public final class RateLimitWiring {
    /** Requests answered from a per-node bucket because Redis could not. */
    public static final String FALLBACKS_METER = "ratelimit.redis-fallbacks";

    private final SharedBuckets shared;

    private RateLimitWiring(SharedBuckets shared) {
        this.shared = shared;
    }

    /** Chooses the store and, for Redis, connects it with the service's lifecycle. */
    public static RateLimitWiring build(Environment env, RateLimitConfig limits, RealtimeConfig realtime, String redisUrl) {
        if (!limits.sharedInRedis(realtime.redis())) {
            return new RateLimitWiring(null);
        }
        RedisBucketStore store = new RedisBucketStore(redisUrl, realtime.getChannelPrefix());
        env.lifecycle().manage(new Managed() {
            @Override
            public void start() {
                store.start();
            }

            @Override
            public void stop() {
                store.close();
            }
        });
        return new RateLimitWiring(new SharedBuckets(store::buckets, env.metrics().meter(FALLBACKS_METER)));
    }

    /**
     * @param name the limiter's name in shared keys, e.g. {@code auth}
     * @param capacity requests per window; 0 disables the limiter
     */
    public RateLimiter limiter(String name, long capacity, Duration window) {
        return new RateLimiter(name, capacity, window, shared);
    }
}
