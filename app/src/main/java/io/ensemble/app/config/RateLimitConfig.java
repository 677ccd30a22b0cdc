package io.ensemble.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Request limits per 15 minutes (seed 001 figures); 0 turns a limit off. {@code store} says where
 * buckets live (issue 29 §4): {@code local} (this node), {@code redis} (shared by every node, over
 * the root {@code redisUrl}) or {@code auto} (redis when {@code realtime.bus} is redis).
 */
public final class RateLimitConfig {
    @JsonProperty
    @Min(0)
    private long authPer15Min = 5;
    @JsonProperty
    @Min(0)
    private long generalPer15Min = 1000;
    @JsonProperty
    @NotNull
    @Pattern(regexp = "auto|local|redis", message = "must be auto, local or redis")
    private String store = "auto";

    public long getAuthPer15Min() {
        return authPer15Min;
    }

    public long getGeneralPer15Min() {
        return generalPer15Min;
    }

    /**
     * @param redisBus whether {@code realtime.bus} is redis
     * @return whether buckets live in Redis
     */
    public boolean sharedInRedis(boolean redisBus) {
        return store.equals("redis") || (store.equals("auto") && redisBus);
    }
}
