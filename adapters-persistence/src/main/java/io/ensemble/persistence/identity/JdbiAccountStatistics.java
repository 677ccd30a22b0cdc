package io.ensemble.persistence.identity;

import io.ensemble.identity.AccountStatistics;
import io.ensemble.persistence.database.DailyRollup;
import io.ensemble.persistence.database.DailyRows;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.shared.stats.DailyCount;
import io.ensemble.shared.stats.DateRange;
import java.time.Instant;
import java.util.List;

/**
 * {@link AccountStatistics} on {@code users}, over the indexes of migration {@code identity/006}
 * ({@code created_at, role}, {@code last_seen_at}); signups of closed days through the {@link DailyRollup}
 * (an account keeps its creation time; a later role change does not move it between roles there).
 */
public final class JdbiAccountStatistics extends JdbiRepository implements AccountStatistics {
    private static final String SIGNUPS = "SELECT " + DailyRows.utcDay("created_at") + " AS day, role AS key, "
            + "count(*) AS n FROM users WHERE created_at >= :start AND created_at < :end GROUP BY 1, 2";
    private static final String SIGNUPS_PER_DAY = "SELECT role, count(*) FROM users WHERE created_at >= "
            + DailyRollup.DAY_START + " AND created_at < " + DailyRollup.DAY_END + " GROUP BY role";
    private static final String LAST_SEEN = "SELECT " + DailyRows.utcDay("last_seen_at") + " AS day, 'active' AS key, "
            + "count(*) AS n FROM users WHERE last_seen_at >= :start AND last_seen_at < :end GROUP BY 1";

    private final DailyRollup signups;

    /** @param handles the handle provider */
    public JdbiAccountStatistics(JdbiHandles handles) {
        super(handles);
        this.signups = new DailyRollup(handles, "signups", SIGNUPS_PER_DAY, SIGNUPS);
    }

    @Override
    public long totalUsers() {
        return handles.with(h -> h.createQuery("SELECT count(*) FROM users").mapTo(Long.class).one());
    }

    @Override
    public long seenSince(Instant since) {
        return handles.with(h -> h.createQuery("SELECT count(*) FROM users WHERE last_seen_at >= :since")
                .bind("since", SqlTime.at(since)).mapTo(Long.class).one());
    }

    @Override
    public List<DailyCount> signupsByRole(DateRange range, Instant now) {
        return signups.counts(range, now);
    }

    @Override
    public List<DailyCount> lastSeenPerDay(DateRange range) {
        return DailyRows.counts(handles, LAST_SEEN, range);
    }
}
