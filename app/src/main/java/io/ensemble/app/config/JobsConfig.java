package io.ensemble.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.ensemble.app.jobs.JobsSettings;
import jakarta.validation.constraints.NotBlank;
import java.time.ZoneId;

/**
 * {@code jobs:} in config.yml: {@code enabled} ({@code JOBS_ENABLED}, default true) lets a node take no
 * part in scheduled jobs; {@code pollingInterval} is how often due jobs are looked for; {@code zone} is the
 * zone of daily times ({@code JOBS_ZONE}, default UTC).
 */
public final class JobsConfig {
    @JsonProperty
    private boolean enabled = true;
    @JsonProperty
    private Duration pollingInterval = Duration.seconds(10);
    @JsonProperty
    @NotBlank
    private String zone = "UTC";

    /** @return the settings for {@link io.ensemble.app.jobs.Jobs} */
    public JobsSettings settings() {
        return JobsSettings.of(enabled, pollingInterval.toJavaDuration(), ZoneId.of(zone));
    }
}
