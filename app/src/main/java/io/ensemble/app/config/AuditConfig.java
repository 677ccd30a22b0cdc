package io.ensemble.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;

/**
 * {@code audit:} in config.yml: {@code retention} ({@code AUDIT_RETENTION}, default {@code 400 days},
 * at least one day) is how long audit records are kept before the daily purge removes them.
 */
public final class AuditConfig {
    @JsonProperty
    private Duration retention = Duration.days(400);

    /** @return the retention as a JDK duration */
    public java.time.Duration retention() {
        return retention.toJavaDuration();
    }
}
