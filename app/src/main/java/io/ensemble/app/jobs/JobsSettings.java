package io.ensemble.app.jobs;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How this node runs background jobs.
 *
 * @param enabled         false keeps this node from running scheduled jobs (admin tasks still work)
 * @param pollingInterval how often the scheduler looks for due executions
 * @param zone            the zone of daily times (02:00 means 02:00 there)
 * @param nodeName        this node's name in {@code scheduled_tasks.picked_by}
 */
public record JobsSettings(boolean enabled, Duration pollingInterval, ZoneId zone, String nodeName) {

    /** @throws IllegalArgumentException when the polling interval is under 100 ms */
    public JobsSettings {
        Objects.requireNonNull(pollingInterval, "pollingInterval");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(nodeName, "nodeName");
        if (pollingInterval.toMillis() < 100) {
            throw new IllegalArgumentException("pollingInterval must be at least 100 ms");
        }
    }

    /**
     * @param enabled         whether this node runs scheduled jobs
     * @param pollingInterval the scheduler's polling interval
     * @param zone            the zone of daily times
     * @return settings with a node name unique to this process
     */
    public static JobsSettings of(boolean enabled, Duration pollingInterval, ZoneId zone) {
        return new JobsSettings(enabled, pollingInterval, zone, Jobs.defaultNodeName());
    }
}
