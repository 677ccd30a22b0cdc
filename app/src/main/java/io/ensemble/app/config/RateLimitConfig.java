package io.ensemble.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Min;

/** Request limits per 15 minutes (seed 001 figures); 0 turns a limit off. */
public final class RateLimitConfig {
    @JsonProperty
    @Min(0)
    private long authPer15Min = 5;
    @JsonProperty
    @Min(0)
    private long generalPer15Min = 1000;

    public long getAuthPer15Min() {
        return authPer15Min;
    }

    public long getGeneralPer15Min() {
        return generalPer15Min;
    }
}
