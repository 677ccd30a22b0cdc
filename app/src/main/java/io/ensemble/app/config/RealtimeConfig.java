package io.ensemble.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * {@code realtime:} in config.yml (issue 4 §3-4): {@code bus} is {@code local} (one node) or
 * {@code redis} (several nodes, over the root {@code redisUrl}); {@code channelPrefix} namespaces
 * the Redis channel so deployments (or test runs) sharing a Redis don't hear each other.
 */
public final class RealtimeConfig {
    @JsonProperty
    @NotNull
    @Pattern(regexp = "local|redis", message = "must be local or redis")
    private String bus = "local";
    @JsonProperty
    @NotNull
    private String channelPrefix = "ensemble:";

    /** @return true for the {@code redis} bus */
    public boolean redis() {
        return bus.equals("redis");
    }

    public String getChannelPrefix() {
        return channelPrefix;
    }
}
