package io.ensemble.integrations.realtime;

import io.ensemble.messaging.ClusterPresence;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Presence shared by every node in Redis (issue 29 §4). Per user a sorted set
 * {@code {prefix}presence:user:{id}} holds the nodes with a connection of theirs, scored by when
 * that entry expires (Redis server time, so node clocks don't matter); an index
 * {@code {prefix}presence:expiries} holds {@code {userId}|{nodeId}} by the same score. Every
 * {@code ttl/3} each node refreshes the entries of its connected users and sweeps the index: an
 * entry that expired (its node died or lost Redis) is removed, and a user left with no live node is
 * handed to the {@code expired} callback (once, by the node whose sweep removed it) so
 * {@code user_offline} goes out. Each check is one Lua script, atomic in Redis. When Redis does not
 * answer within {@link #COMMAND_TIMEOUT}, answers as one node would ({@link ClusterPresence#SINGLE_NODE}),
 * logged at most every 30 s. The scripts touch keys they compute, so they need a single Redis (not
 * Redis Cluster).
 */
public final class RedisPresence implements ClusterPresence, RealtimeBuses.PresenceFeed {
    /** The longest a socket open/close waits for Redis. */
    public static final Duration COMMAND_TIMEOUT = Duration.ofMillis(500);
    private static final Logger LOG = LoggerFactory.getLogger(RedisPresence.class);
    private static final Duration RETRY = Duration.ofSeconds(3);
    private static final String NOW = "local t = redis.call('TIME') local now = t[1] * 1000 + math.floor(t[2] / 1000) ";
    /** KEYS user, index; ARGV node, ttl ms, member → live entries of other nodes before this one. */
    private static final String ONLINE = NOW
            + "redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now) "
            + "local others = redis.call('ZCARD', KEYS[1]) "
            + "if redis.call('ZSCORE', KEYS[1], ARGV[1]) then others = others - 1 end "
            + "local exp = now + tonumber(ARGV[2]) "
            + "redis.call('ZADD', KEYS[1], exp, ARGV[1]) "
            + "redis.call('PEXPIRE', KEYS[1], ARGV[2]) "
            + "redis.call('ZADD', KEYS[2], exp, ARGV[3]) "
            + "return others";
    /** KEYS user, index; ARGV node, member → live entries left. */
    private static final String OFFLINE = NOW
            + "redis.call('ZREM', KEYS[1], ARGV[1]) "
            + "redis.call('ZREM', KEYS[2], ARGV[2]) "
            + "redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now) "
            + "return redis.call('ZCARD', KEYS[1])";
    /** KEYS user; ARGV node → live entries of other nodes. */
    private static final String ELSEWHERE = NOW
            + "local n = redis.call('ZCOUNT', KEYS[1], '(' .. now, '+inf') "
            + "local mine = redis.call('ZSCORE', KEYS[1], ARGV[1]) "
            + "if mine and tonumber(mine) > now then n = n - 1 end "
            + "return n";
    /** KEYS index; ARGV user key prefix → users whose last live entry expired. */
    private static final String SWEEP = NOW
            + "local gone = {} "
            + "for _, m in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, 500)) do "
            + "  redis.call('ZREM', KEYS[1], m) "
            + "  local sep = string.find(m, '|', 1, true) "
            + "  local key = ARGV[1] .. string.sub(m, 1, sep - 1) "
            + "  redis.call('ZREMRANGEBYSCORE', key, '-inf', now) "
            + "  if redis.call('ZCARD', key) == 0 then table.insert(gone, string.sub(m, 1, sep - 1)) end "
            + "end "
            + "return gone";

    private final RedisClient client;
    private final String userPrefix;
    private final String index;
    private final String nodeId = UUID.randomUUID().toString();
    private final Duration ttl;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "redis-presence");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong lastWarning = new AtomicLong(Long.MIN_VALUE / 2);
    private volatile StatefulRedisConnection<String, String> connection;

    /**
     * @param redisUrl e.g. {@code redis://127.0.0.1:6379}
     * @param prefix namespace of the keys (the realtime channel prefix)
     * @param ttl how long a node's entry lives without a heartbeat (heartbeat every third of it)
     */
    public RedisPresence(String redisUrl, String prefix, Duration ttl) {
        this.userPrefix = prefix + "presence:user:";
        this.index = prefix + "presence:expiries";
        this.ttl = ttl;
        this.client = RedisClient.create(redisUrl);
        client.setOptions(ClientOptions.builder().autoReconnect(true)
                .socketOptions(SocketOptions.builder().connectTimeout(COMMAND_TIMEOUT).build())
                .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build());
    }

    /**
     * Connects (retrying in the background while Redis is unreachable) and starts the heartbeat.
     *
     * @param connectedHere the users with a connection on this node now
     * @param expired told about each user whose last node stopped heartbeating
     */
    @Override
    public void start(Supplier<Set<UUID>> connectedHere, Consumer<UUID> expired) {
        connect();
        long beat = Math.max(100, ttl.toMillis() / 3);
        timer.scheduleWithFixedDelay(() -> beat(connectedHere, expired), beat, beat, TimeUnit.MILLISECONDS);
    }

    private synchronized void connect() {
        if (connection != null || timer.isShutdown()) {
            return;
        }
        try {
            connection = client.connect();
        } catch (RuntimeException e) {
            warn("connect", e);
            timer.schedule(this::connect, RETRY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public boolean nodeOnline(UUID userId) {
        return eval(ONLINE, new String[] {userKey(userId), index}, 0L, nodeId, Long.toString(ttl.toMillis()),
                member(userId)) == 0;
    }

    @Override
    public boolean nodeOffline(UUID userId) {
        return eval(OFFLINE, new String[] {userKey(userId), index}, 0L, nodeId, member(userId)) == 0;
    }

    @Override
    public boolean onOtherNodes(UUID userId) {
        return eval(ELSEWHERE, new String[] {userKey(userId)}, 0L, nodeId) > 0;
    }

    /** Refreshes this node's users and sweeps expired entries; never throws. */
    void beat(Supplier<Set<UUID>> connectedHere, Consumer<UUID> expired) {
        StatefulRedisConnection<String, String> c = connection;
        if (c == null) {
            return;
        }
        try {
            List<RedisFuture<Long>> refreshes = new ArrayList<>();
            String ttlMillis = Long.toString(ttl.toMillis());
            for (UUID user : connectedHere.get()) {
                refreshes.add(c.async().eval(ONLINE, ScriptOutputType.INTEGER,
                        new String[] {userKey(user), index}, nodeId, ttlMillis, member(user)));
            }
            for (RedisFuture<Long> f : refreshes) {
                f.get(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
            List<String> gone = c.sync().eval(SWEEP, ScriptOutputType.MULTI, new String[] {index}, userPrefix);
            for (String user : gone) {
                expired.accept(UUID.fromString(user));
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            warn("heartbeat", e);
        }
    }

    private long eval(String script, String[] keys, long whenDown, String... args) {
        StatefulRedisConnection<String, String> c = connection;
        if (c == null) {
            warn("command", new IllegalStateException("not connected"));
            return whenDown;
        }
        try {
            Long n = c.sync().eval(script, ScriptOutputType.INTEGER, keys, args);
            return n == null ? whenDown : n;
        } catch (RuntimeException e) {
            warn("command", e);
            return whenDown;
        }
    }

    private void warn(String what, Exception e) {
        long now = System.currentTimeMillis();
        long last = lastWarning.get();
        if (now - last >= 30_000 && lastWarning.compareAndSet(last, now)) {
            LOG.warn("Redis presence {} failed ({}); presence is per node until Redis answers", what, e.toString());
        }
    }

    private String userKey(UUID userId) {
        return userPrefix + userId;
    }

    private String member(UUID userId) {
        return userId + "|" + nodeId;
    }

    /** Stops the heartbeat, closes the connection and the client (entries expire after the TTL). */
    @Override
    public void close() {
        timer.shutdownNow();
        StatefulRedisConnection<String, String> c = connection;
        if (c != null) {
            c.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
