package io.ensemble.integrations.realtime;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.Objects;

/**
 * Asks Redis {@code PING} on a connection of its own, for the admin health check and {@code /ready} (issue 29
 * §5). Connects lazily and again after a failure; every call answers within about {@link #TIMEOUT}.
 */
public final class RedisPing implements AutoCloseable {
    /** Connect and command timeout of one ping. */
    public static final Duration TIMEOUT = Duration.ofSeconds(1);
    private final RedisClient client;
    private StatefulRedisConnection<String, String> connection;

    /** @param redisUrl e.g. {@code redis://127.0.0.1:6379} */
    public RedisPing(String redisUrl) {
        this.client = RedisClient.create(Objects.requireNonNull(redisUrl, "redisUrl"));
        client.setOptions(ClientOptions.builder().autoReconnect(true)
                .socketOptions(SocketOptions.builder().connectTimeout(TIMEOUT).build())
                .timeoutOptions(TimeoutOptions.enabled(TIMEOUT))
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build());
    }

    /** @return whether Redis answered PONG now */
    public synchronized boolean up() {
        try {
            if (connection == null || !connection.isOpen()) {
                if (connection != null) {
                    connection.close();
                }
                connection = client.connect();
            }
            return "PONG".equalsIgnoreCase(connection.sync().ping());
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
    }
}
