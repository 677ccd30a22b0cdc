package io.ensemble.social;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Persistence port of the manual-sync limit (issue 6 §2, seeds/001 "manual sync (rate limited)", DESIGN
 * "manual social sync 3/hour"): attempts per account in a sliding window, kept in the database so every
 * node sees the same count and a restart forgets nothing.
 */
public interface SyncAttempts {
    /**
     * Records an attempt unless {@code limit} attempts already fall within {@code window} before {@code now};
     * check and insert are atomic per account, so racing requests cannot both take the last slot.
     *
     * @param accountId the linked account being synced
     * @param now the attempt time
     * @param window the sliding window, e.g. one hour
     * @param limit attempts allowed within the window, {@code >= 1}
     * @return empty when the attempt was recorded; otherwise when the oldest counted attempt leaves the window
     */
    Optional<Instant> tryRecord(UUID accountId, Instant now, Duration window, int limit);
}
