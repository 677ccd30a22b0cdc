package io.ensemble.social;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence port of stats snapshots of linked accounts (issue 6 §3). Snapshots are only ever appended. */
public interface StatsSnapshotRepository {
    /** Appends one snapshot. */
    void append(StatsSnapshot snapshot);

    /** @return the account's most recent snapshot (latest {@code takenAt}); empty when it has none */
    Optional<StatsSnapshot> latest(UUID accountId);

    /** @return the account's snapshots, newest first, at most {@code limit} */
    List<StatsSnapshot> history(UUID accountId, int limit);

    /** @return the most recent snapshot of each of the user's linked accounts (accounts without one are absent) */
    List<StatsSnapshot> latestForUser(UUID userId);
}
