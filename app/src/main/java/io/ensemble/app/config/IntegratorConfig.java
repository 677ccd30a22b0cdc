package io.ensemble.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * {@code integrator:} in config.yml (issue 26): {@code feedRetention} ({@code FEED_RETENTION}, default
 * 90 days) how long feed events are kept; {@code webhookAllowPrivate} ({@code WEBHOOK_ALLOW_PRIVATE},
 * default false) lets webhooks reach private and loopback addresses (never link-local or metadata);
 * {@code webhookAllowHttp} ({@code WEBHOOK_ALLOW_HTTP}, default false) accepts {@code http://} URLs for
 * development; {@code webhookWorkers} endpoints sent to in parallel per node; {@code dispatchInterval}
 * how often due deliveries are looked for; {@code apiKeyRequestsPer15Min} the per-key rate limit.
 */
public final class IntegratorConfig {
    @JsonProperty
    private Duration feedRetention = Duration.days(90);
    @JsonProperty
    private boolean webhookAllowPrivate = false;
    @JsonProperty
    private boolean webhookAllowHttp = false;
    @JsonProperty
    @Min(1)
    @Max(64)
    private int webhookWorkers = 8;
    @JsonProperty
    private Duration dispatchInterval = Duration.seconds(2);
    @JsonProperty
    @Min(0)
    private long apiKeyRequestsPer15Min = 3000;

    public java.time.Duration feedRetention() {
        return feedRetention.toJavaDuration();
    }

    public boolean webhookAllowPrivate() {
        return webhookAllowPrivate;
    }

    public boolean webhookAllowHttp() {
        return webhookAllowHttp;
    }

    public int webhookWorkers() {
        return webhookWorkers;
    }

    public java.time.Duration dispatchInterval() {
        return dispatchInterval.toJavaDuration();
    }

    public long apiKeyRequestsPer15Min() {
        return apiKeyRequestsPer15Min;
    }
}
