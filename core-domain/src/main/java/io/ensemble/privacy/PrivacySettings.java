package io.ensemble.privacy;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the privacy context (config {@code privacy}).
 *
 * @param downloadTtl how long an export's signed download link is valid (default 24 h)
 * @param lease       how long a job run holds a request before another run may resume it (crash recovery)
 */
public record PrivacySettings(Duration downloadTtl, Duration lease) {
    /** @throws IllegalArgumentException when a duration is not positive */
    public PrivacySettings {
        Objects.requireNonNull(downloadTtl, "downloadTtl");
        Objects.requireNonNull(lease, "lease");
        if (downloadTtl.isNegative() || downloadTtl.isZero() || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("privacy durations must be positive");
        }
    }
}
