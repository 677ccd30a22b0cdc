package io.ensemble.integrations.ratelimit;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bucket4j buckets shared by every node, in Redis over Lettuce (issue 29 §4, Bucket4j's
 * compare-and-swap Lettuce integration). Keys are {@code {prefix}ratelimit:{limiter}:{key}} as the
 * caller names them and expire once the bucket would be full again (plus a few seconds), so an
 * idle key costs nothing. Commands time out after {@link #COMMAND_TIMEOUT} and fail at once while
 * the connection is down (Lettuce reconnects by itself); when the first connection fails it is
 * retried in the background. Callers fall back to per-node buckets whenever {@link #buckets()} is
 * empty or a command throws.
 */
public final class RedisBucketStore implements AutoCloseable {
    /** The longest a request waits for Redis before falling back to its node's bucket. */
    public static final Duration COMMAND_TIMEOUT = Duration.ofMillis(500);
    private static final Logger LOG = LoggerFactory.getLogger(RedisBucketStore.class);
    private static final Duration RETRY = Duration.ofSeconds(3);
    private static final Duration EXPIRY_SLACK = Duration.ofSeconds(10);

    private final RedisClient client;
    private final String keyPrefix;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "redis-ratelimit-connect");
        t.setDaemon(true);
        return t;
    });
    private volatile StatefulRedisConnection<String, byte[]> connection;
    private volatile ProxyManager<String> buckets;

    /**
     * @param redisUrl e.g. {@code redis://127.0.0.1:6379}
     * @param prefix namespace of the keys, e.g. {@code ensemble:} (the realtime channel prefix)
     */
    public RedisBucketStore(String redisUrl, String prefix) {
        this.keyPrefix = prefix + "ratelimit:";
        this.client = RedisClient.create(redisUrl);
        client.setOptions(ClientOptions.builder().autoReconnect(true)
                .socketOptions(SocketOptions.builder().connectTimeout(COMMAND_TIMEOUT).build())
                .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build());
    }

    /** Connects now (at most {@link #COMMAND_TIMEOUT}); when Redis is unreachable keeps retrying in the background. */
    public void start() {
        connect();
    }

    private synchronized void connect() {
        if (retries.isShutdown() || buckets != null) {
            return;
        }
        try {
            connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
            ProxyManager<String> raw = Bucket4jLettuce.casBasedBuilder(connection)
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                            EXPIRY_SLACK))
                    .requestTimeout(COMMAND_TIMEOUT)
                    .build();
            buckets = raw.withMapper(key -> keyPrefix + key);
            LOG.info("Rate limits shared through Redis (keys {}*)", keyPrefix);
        } catch (RuntimeException e) {
            LOG.warn("Redis unreachable for rate limits ({}); per-node limits until it answers, retrying in {} s",
                    e.getMessage(), RETRY.toSeconds());
            retries.schedule(this::connect, RETRY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * @return the shared buckets keyed by {@code {limiter}:{key}} (the prefix is added here), or
     *     empty while no connection was ever established
     */
    public Optional<ProxyManager<String>> buckets() {
        return Optional.ofNullable(buckets);
    }

    /** Closes the connection and the client. */
    @Override
    public void close() {
        retries.shutdownNow();
        StatefulRedisConnection<String, byte[]> c = connection;
        if (c != null) {
            c.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
