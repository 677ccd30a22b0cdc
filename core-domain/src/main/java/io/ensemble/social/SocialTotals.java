package io.ensemble.social;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A user's follower totals for profiles and discovery (issue 6 §3): per platform, the latest snapshot
 * of each linked account (summed when several accounts of one platform are linked) replaces the stats
 * pushed through seeds/004 for that platform; platforms without a linked account keep their pushed
 * stats. Saved through {@link SocialStatsRepository#saveTotals}, which discovery's follower filters read.
 */
public final class SocialTotals {
    private final SocialStatsRepository pushed;
    private final SocialAccountRepository accounts;
    private final StatsSnapshotRepository snapshots;

    /** Wires the calculator to the three stores it reads. */
    public SocialTotals(SocialStatsRepository pushed, SocialAccountRepository accounts,
                        StatsSnapshotRepository snapshots) {
        this.pushed = Objects.requireNonNull(pushed, "pushed");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
    }

    /** Totals of one user: follower sum and mean engagement (percent) over platforms with engagement above 0. */
    public record Totals(long totalFollowers, double avgEngagement) {
    }

    /**
     * Recomputes and saves the user's totals; call inside the transaction that changed the inputs.
     *
     * @return what was saved
     */
    public Totals recompute(UUID userId, Instant at) {
        Totals t = combine(pushed.forUser(userId), accounts.listForUser(userId), snapshots.latestForUser(userId));
        pushed.saveTotals(userId, t.totalFollowers(), t.avgEngagement(), at);
        return t;
    }

    /**
     * The combination rule, without I/O.
     *
     * @param pushedStats the user's seeds/004 rows
     * @param linked the user's linked accounts
     * @param latest the latest snapshot of each linked account (accounts without one are ignored)
     */
    public static Totals combine(List<PlatformStats> pushedStats, List<SocialAccount> linked,
                                 List<StatsSnapshot> latest) {
        Map<UUID, Platform> platformOf = linked.stream()
                .collect(Collectors.toMap(SocialAccount::id, SocialAccount::platform));
        Map<Platform, Long> followers = new EnumMap<>(Platform.class);
        Map<Platform, List<Double>> rates = new EnumMap<>(Platform.class);
        for (StatsSnapshot s : latest) {
            Platform p = platformOf.get(s.accountId());
            if (p == null) {
                continue;
            }
            followers.merge(p, s.followers(), Long::sum);
            List<Double> r = rates.computeIfAbsent(p, k -> new ArrayList<>());
            s.engagementRate().ifPresent(r::add);
        }
        Map<Platform, PlatformStats> pushedBy = pushedStats.stream()
                .collect(Collectors.toMap(PlatformStats::platform, Function.identity()));
        long total = 0;
        List<Double> engaged = new ArrayList<>();
        for (Platform p : Platform.values()) {
            if (followers.containsKey(p)) {
                total += followers.get(p);
                double rate = rates.get(p).stream().mapToDouble(Double::doubleValue).average().orElse(0);
                if (rate > 0) {
                    engaged.add(rate);
                }
            } else if (pushedBy.containsKey(p)) {
                total += pushedBy.get(p).followers();
                if (pushedBy.get(p).engagement() > 0) {
                    engaged.add(pushedBy.get(p).engagement());
                }
            }
        }
        double avg = 0;
        for (double e : engaged) {
            avg += e / engaged.size();
        }
        return new Totals(total, avg);
    }
}
