package io.ensemble.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.ensemble.privacy.PrivacySettings;

/**
 * {@code privacy:} in config.yml (issue 20 §4): {@code downloadTtl} ({@code PRIVACY_DOWNLOAD_TTL}, default
 * {@code 24 hours}) is how long an export's signed link is valid; {@code pollInterval}
 * ({@code PRIVACY_POLL_INTERVAL}, default {@code 30 seconds}) how often the {@code privacy-requests} job looks
 * for requests to run or resume (it is also started at once when one is made); {@code lease}
 * ({@code PRIVACY_JOB_LEASE}, default {@code 5 minutes}) how long a run holds a request before another run
 * may resume it after a crash.
 */
public final class PrivacyConfig {
    @JsonProperty
    private Duration downloadTtl = Duration.hours(24);
    @JsonProperty
    private Duration pollInterval = Duration.seconds(30);
    @JsonProperty
    private Duration lease = Duration.minutes(5);

    /** @return the domain settings */
    public PrivacySettings settings() {
        return new PrivacySettings(downloadTtl.toJavaDuration(), lease.toJavaDuration());
    }

    /** @return how often the job runs on its own */
    public java.time.Duration pollInterval() {
        return pollInterval.toJavaDuration();
    }
}
