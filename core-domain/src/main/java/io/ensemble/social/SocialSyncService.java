package io.ensemble.social;

import io.ensemble.identity.Caller;
import io.ensemble.profiles.Profile;
import io.ensemble.profiles.FindProfiles;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Manual stats push of seeds/004 §Sync Process: stores one platform's followers and engagement for
 * the caller, recomputes {@code totalFollowers} and {@code avgEngagement}, and returns the result,
 * all in one transaction. The request's JSON-level validation (seeds/004 §Validation Rules) happens
 * in the web adapter, which renders the seed's own error shapes; this service re-checks the ranges.
 */
public final class SocialSyncService {
    private final SocialStatsRepository stats;
    private final FindProfiles profiles;
    private final Transactions transactions;
    private final Clock clock;
    private final Optional<SocialTotals> combined;

    /** Wires the use case to its ports; totals count pushed stats only. */
    public SocialSyncService(SocialStatsRepository stats, FindProfiles profiles, Transactions transactions,
                             Clock clock) {
        this(stats, profiles, transactions, clock, Optional.empty());
    }

    /**
     * Wires the use case so the saved totals also count linked accounts' latest snapshots (issue 6 §3).
     *
     * @param combined the calculator of totals over pushed stats and linked accounts
     */
    public SocialSyncService(SocialStatsRepository stats, FindProfiles profiles, Transactions transactions,
                             Clock clock, SocialTotals combined) {
        this(stats, profiles, transactions, clock, Optional.of(combined));
    }

    private SocialSyncService(SocialStatsRepository stats, FindProfiles profiles, Transactions transactions,
                              Clock clock, Optional<SocialTotals> combined) {
        this.stats = Objects.requireNonNull(stats, "stats");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.combined = combined;
    }

    /**
     * Pushes the caller's stats for one platform.
     *
     * @param followers follower count, {@code >= 0}
     * @param engagement engagement rate in percent, 0..100 (0 when the client sent none)
     * @return the caller's profile and recomputed stats
     * @throws IllegalArgumentException when the platform is not pushable or a value is out of range
     * @throws NotFound when the caller has no profile yet (seeds/004 "Profile not found"); nothing is stored
     */
    public SyncResult pushStats(Caller caller, Platform platform, long followers, double engagement) {
        if (!platform.pushable()) {
            throw new IllegalArgumentException("platform cannot be pushed: " + platform);
        }
        return transactions.inTransaction(() -> {
            Profile profile = profiles.find(caller.userId())
                    .orElseThrow(() -> new NotFound("User profile does not exist"));
            Instant now = clock.instant();
            stats.upsert(caller.userId(), new PlatformStats(platform, followers, engagement, now));
            SocialStats all = SocialStats.of(stats.forUser(caller.userId()), now);
            if (combined.isPresent()) {
                combined.get().recompute(caller.userId(), now);
            } else {
                stats.saveTotals(caller.userId(), all.totalFollowers(), all.avgEngagement(), now);
            }
            return new SyncResult(platform, profile, all);
        });
    }
}
