package io.ensemble.integrations.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ensemble.messaging.LocalRealtimeBus;
import io.ensemble.messaging.RealtimeBus;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code redis} {@link RealtimeBus} (DESIGN §Scale-out, issue 4 §4): delivers every event to this
 * node's {@link LocalRealtimeBus} at once, and publishes it on the Redis channel
 * {@code {prefix}realtime} as {@code {node, room, event, payload}} (payload = the wire JSON) for
 * the other nodes, which deliver it to their local bus with a {@link JsonNode} payload. Never
 * throws and never blocks a sender: while Redis is down, remote delivery is dropped (logged; clients
 * catch up by seq) and the connection is retried every few seconds; Lettuce resubscribes after
 * a reconnect.
 */
public final class RedisRealtimeBus implements RealtimeBus, RealtimeBuses.Connection {
    private static final Logger LOG = LoggerFactory.getLogger(RedisRealtimeBus.class);
    private static final Duration RETRY = Duration.ofSeconds(3);

    private final LocalRealtimeBus local;
    private final ObjectMapper json;
    private final Function<Object, JsonNode> encoder;
    private final String channel;
    private final String nodeId = UUID.randomUUID().toString();
    private final RedisClient client;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "redis-bus-connect");
        t.setDaemon(true);
        return t;
    });
    private volatile StatefulRedisConnection<String, String> publisher;
    private volatile StatefulRedisPubSubConnection<String, String> subscriber;

    /**
     * @param redisUrl e.g. {@code redis://127.0.0.1:6379}
     * @param channelPrefix prefix of the channel name, e.g. {@code ensemble:}
     * @param encoder a payload's wire JSON (the same the sockets send)
     */
    public RedisRealtimeBus(String redisUrl, String channelPrefix, LocalRealtimeBus local, ObjectMapper json,
                            Function<Object, JsonNode> encoder) {
        this.local = local;
        this.json = json;
        this.encoder = encoder;
        this.channel = channelPrefix + "realtime";
        this.client = RedisClient.create(redisUrl);
        client.setOptions(ClientOptions.builder().autoReconnect(true)
                .socketOptions(SocketOptions.builder().connectTimeout(Duration.ofSeconds(2)).build())
                .timeoutOptions(TimeoutOptions.enabled(Duration.ofSeconds(2)))
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build());
    }

    /** Tries to connect now (at most ~2 s); when Redis is unreachable, keeps retrying in the background. */
    @Override
    public void start() {
        connect();
    }

    /** @return whether the subscription to the other nodes is established */
    public boolean connected() {
        StatefulRedisPubSubConnection<String, String> s = subscriber;
        return s != null && s.isOpen();
    }

    private synchronized void connect() {
        if (retries.isShutdown()) {
            return;
        }
        try {
            if (subscriber == null) {
                StatefulRedisPubSubConnection<String, String> s = client.connectPubSub();
                s.addListener(new RedisPubSubAdapter<>() {
                    @Override
                    public void message(String ch, String message) {
                        receive(message);
                    }
                });
                s.sync().subscribe(channel);
                subscriber = s;
            }
            if (publisher == null) {
                publisher = client.connect();
            }
            LOG.info("Realtime bus connected to Redis channel {}", channel);
        } catch (RuntimeException e) {
            LOG.warn("Redis unreachable for the realtime bus ({}); retrying in {} s", e.getMessage(),
                    RETRY.toSeconds());
            retries.schedule(this::connect, RETRY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Delivers locally, then publishes for the other nodes; never throws. */
    @Override
    public void publish(String room, String event, Object payload) {
        local.publish(room, event, payload);
        StatefulRedisConnection<String, String> p = publisher;
        if (p == null) {
            LOG.debug("Redis not connected; {} to {} stays on this node", event, room);
            return;
        }
        try {
            ObjectNode envelope = json.createObjectNode().put("node", nodeId).put("room", room).put("event", event);
            envelope.set("payload", encoder.apply(payload));
            p.async().publish(channel, envelope.toString()).exceptionally(e -> {
                LOG.warn("Redis publish of {} to {} failed: {}", event, room, e.getMessage());
                return 0L;
            });
        } catch (RuntimeException e) {
            LOG.warn("Redis publish of {} to {} failed: {}", event, room, e.getMessage());
        }
    }

    private void receive(String message) {
        try {
            JsonNode envelope = json.readTree(message);
            if (!nodeId.equals(envelope.path("node").asText())) {
                local.publish(envelope.path("room").asText(), envelope.path("event").asText(),
                        envelope.path("payload"));
            }
        } catch (Exception e) {
            LOG.warn("Ignored a malformed realtime envelope from Redis", e);
        }
    }

    /** Closes the connections and the client. */
    @Override
    public void close() {
        retries.shutdownNow();
        for (AutoCloseable c : new AutoCloseable[] {subscriber, publisher}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                LOG.debug("Closing a Redis connection failed", e);
            }
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
