package io.ensemble.persistence.social;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.social.StatsSnapshot;
import io.ensemble.social.StatsSnapshotRepository;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/** {@link StatsSnapshotRepository} on the append-only {@code social_stats_snapshots} table. */
public final class JdbiStatsSnapshotRepository extends JdbiRepository implements StatsSnapshotRepository {
    private static final String COLUMNS = "account_id, followers, following, posts, engagement_rate, taken_at";
    private static final String APPEND = "INSERT INTO social_stats_snapshots (" + COLUMNS + ") "
            + "VALUES (:accountId, :followers, :following, :posts, :rate, :takenAt)";
    private static final String HISTORY = "SELECT " + COLUMNS + " FROM social_stats_snapshots "
            + "WHERE account_id = :accountId ORDER BY taken_at DESC, id DESC LIMIT :max";
    private static final String LATEST_FOR_USER = "SELECT DISTINCT ON (s.account_id) " + prefixed()
            + " FROM social_stats_snapshots s JOIN social_accounts a ON a.id = s.account_id "
            + "WHERE a.user_id = :userId ORDER BY s.account_id, s.taken_at DESC, s.id DESC";

    private static final RowMapper<StatsSnapshot> ROW = (rs, ctx) -> {
        long following = rs.getLong("following");
        boolean noFollowing = rs.wasNull();
        long posts = rs.getLong("posts");
        boolean noPosts = rs.wasNull();
        double rate = rs.getDouble("engagement_rate");
        boolean noRate = rs.wasNull();
        return new StatsSnapshot(rs.getObject("account_id", UUID.class), rs.getLong("followers"),
                noFollowing ? OptionalLong.empty() : OptionalLong.of(following),
                noPosts ? OptionalLong.empty() : OptionalLong.of(posts),
                noRate ? OptionalDouble.empty() : OptionalDouble.of(rate),
                SqlTime.read(rs, "taken_at"));
    };

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiStatsSnapshotRepository(JdbiHandles handles) {
        super(handles);
    }

    private static String prefixed() {
        return "s.account_id, s.followers, s.following, s.posts, s.engagement_rate, s.taken_at";
    }

    @Override
    public void append(StatsSnapshot s) {
        handles.use(h -> h.createUpdate(APPEND)
                .bind("accountId", s.accountId())
                .bind("followers", s.followers())
                .bind("following", s.following().isPresent() ? s.following().getAsLong() : null)
                .bind("posts", s.posts().isPresent() ? s.posts().getAsLong() : null)
                .bind("rate", s.engagementRate().isPresent() ? s.engagementRate().getAsDouble() : null)
                .bind("takenAt", SqlTime.at(s.takenAt()))
                .execute());
    }

    @Override
    public Optional<StatsSnapshot> latest(UUID accountId) {
        return history(accountId, 1).stream().findFirst();
    }

    @Override
    public List<StatsSnapshot> history(UUID accountId, int limit) {
        return handles.with(h -> h.createQuery(HISTORY).bind("accountId", accountId).bind("max", limit)
                .map(ROW).list());
    }

    @Override
    public List<StatsSnapshot> latestForUser(UUID userId) {
        return handles.with(h -> h.createQuery(LATEST_FOR_USER).bind("userId", userId).map(ROW).list());
    }
}
