package io.ensemble.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.ensemble.integrations.realtime.LocalRealtimeBusFactory;
import io.ensemble.integrations.realtime.RealtimeBusFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * {@code realtime:} in config.yml (issue 4 §3-4): {@code bus} is {@code {type: local}} (one node) or
 * {@code {type: redis}} (several nodes, over the root {@code redisUrl}), a {@link RealtimeBusFactory};
 * the earlier scalar form {@code bus: local|redis} is still read ({@link BusTypeName}); {@code channelPrefix} namespaces
 * the Redis channel so deployments (or test runs) sharing a Redis don't hear each other;
 * {@code pingInterval} is the socket heartbeat (a /ws socket silent for two intervals is dropped);
 * {@code shutdownGrace} how long a stopping node waits for told sockets to close;
 * {@code presenceTtl} how long a node's presence entries in Redis outlive its last heartbeat
 * (issue 29 §4: a dead node's users go offline after it); {@code maxSocketsPerUser} caps one
 * user's open sockets per node (issue 28).
 */
public final class RealtimeConfig {
    @JsonProperty
    @Valid
    @NotNull
    @JsonDeserialize(using = BusTypeName.class)
    private RealtimeBusFactory bus = new LocalRealtimeBusFactory();
    @JsonProperty
    @NotNull
    private String channelPrefix = "ensemble:";
    @JsonProperty
    @NotNull
    private io.dropwizard.util.Duration pingInterval = io.dropwizard.util.Duration.seconds(25);
    @JsonProperty
    @NotNull
    private io.dropwizard.util.Duration shutdownGrace = io.dropwizard.util.Duration.seconds(2);
    @JsonProperty
    @NotNull
    private io.dropwizard.util.Duration presenceTtl = io.dropwizard.util.Duration.seconds(30);
    @JsonProperty
    @jakarta.validation.constraints.Min(1)
    private int maxSocketsPerUser = 20;

    /**
     * @return sockets ({@code /ws} and Socket.IO) one user may hold open on this node; opening one
     *     more closes their oldest (issue 28)
     */
    public int maxSocketsPerUser() {
        return maxSocketsPerUser;
    }

    /** @return how long presence entries live in Redis without a heartbeat (heartbeat every third of it) */
    public java.time.Duration presenceTtl() {
        return presenceTtl.toJavaDuration();
    }

    /** @return the heartbeat of both transports: Engine.IO's ping interval and the /ws server ping */
    public java.time.Duration pingInterval() {
        return pingInterval.toJavaDuration();
    }

    /** @return how long a stopping server waits for sockets to go after telling them to reconnect */
    public java.time.Duration shutdownGrace() {
        return shutdownGrace.toJavaDuration();
    }

    /** @return the configured bus */
    public RealtimeBusFactory getBus() {
        return bus;
    }

    /** @return true for a bus that keeps cluster state in Redis (the {@code redis} bus) */
    public boolean redis() {
        return bus.usesRedis();
    }

    public String getChannelPrefix() {
        return channelPrefix;
    }
}
