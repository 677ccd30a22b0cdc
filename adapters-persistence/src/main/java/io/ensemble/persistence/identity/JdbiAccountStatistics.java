package io.ensemble.persistence.identity;

import io.ensemble.identity.AccountStatistics;
import io.ensemble.persistence.database.DailyRows;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.shared.stats.DailyCount;
import io.ensemble.shared.stats.DateRange;
import java.time.Instant;
import java.util.List;

/**
 * {@link AccountStatistics} on {@code users}, over the indexes of migration {@code identity/005}
 * ({@code created_at}, {@code last_seen_at}).
 */
public final class JdbiAccountStatistics extends JdbiRepository implements AccountStatistics {
    private static final String SIGNUPS = "SELECT " + DailyRows.utcDay("created_at") + " AS day, role AS key, "
            + "count(*) AS n FROM users WHERE created_at >= :start AND created_at < :end GROUP BY 1, 2";
    private static final String LAST_SEEN = "SELECT " + DailyRows.utcDay("last_seen_at") + " AS day, 'active' AS key, "
            + "count(*) AS n FROM users WHERE last_seen_at >= :start AND last_seen_at < :end GROUP BY 1";


    /** @param handles the handle provider */
    public JdbiAccountStatistics(JdbiHandles handles) {
        super(handles);
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
    public List<DailyCount> signupsByRole(DateRange range) {
        return DailyRows.counts(handles, SIGNUPS, range);
    }

    @Override
    public List<DailyCount> lastSeenPerDay(DateRange range) {
        return DailyRows.counts(handles, LAST_SEEN, range);
    }
}
