package io.ensemble.persistence.discovery;

import io.ensemble.discovery.Audience;
import io.ensemble.discovery.DiscoveryCard;
import io.ensemble.discovery.DiscoveryCursor;
import io.ensemble.discovery.DiscoveryQuery;
import io.ensemble.discovery.DiscoveryRepository;
import io.ensemble.identity.Role;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link DiscoveryRepository} over {@code profiles} joined to {@code users} (ACTIVE only). The
 * follower total is {@code profiles.total_followers}, a copy of {@code social_totals} kept by the
 * triggers of migrations/discovery/001 (0 without linked accounts), so a list without search walks
 * the partial index {@code (role, total_followers DESC, user_id)} in page order. The statement is assembled from constant SQL
 * fragments, one per filter present, so each combination gets its own plan; every value is bound.
 *
 * <p>Search is typo-tolerant: a row matches when either name is trigram-similar to the text
 * ({@code %}, pg_trgm, GIN trigram indexes of migrations/profiles/002) or the stored names'
 * full-text vector {@code search_names} ({@code simple} configuration, GIN index of
 * migrations/discovery/001) matches it. The score
 * is the best name similarity plus the full-text rank, as {@code real}, so the cursor can carry it
 * exactly. Throws {@link io.ensemble.shared.errors.ProviderUnavailable} when the database is down.
 */
public final class JdbiDiscoveryRepository extends JdbiRepository implements DiscoveryRepository {
    private static final String NAMES_TSV = "p.search_names";
    private static final String TSQUERY = "plainto_tsquery('simple', :search)";
    private static final String SCORE = "(GREATEST(similarity(p.display_name, :search), "
            + "similarity(p.business_name, :search)) + ts_rank(" + NAMES_TSV + ", " + TSQUERY + "))::real";
    private static final String SELECT = """
            SELECT p.user_id, p.role, p.display_name, p.business_name, p.avatar_url, p.bio, p.categories, p.region,
                   p.city, p.verified, p.featured, p.rating, p.total_followers AS followers,
            """;
    private static final String FROM = """
             AS relevance
            FROM profiles p
            JOIN users u ON u.id = p.user_id
            WHERE p.role = :role AND p.onboarding_completed AND u.status = 'ACTIVE'
            """;
    private static final String MATCH = " AND (p.display_name % :search OR p.business_name % :search OR "
            + NAMES_TSV + " @@ " + TSQUERY + ")\n";
    private static final String CATEGORIES = " AND p.categories && CAST(:categories AS text[])\n";
    private static final String REGION = " AND lower(p.region) = lower(:region)\n";
    private static final String PLATFORM = " AND EXISTS (SELECT 1 FROM social_stats s WHERE s.user_id = p.user_id"
            + " AND s.platform = :platform AND s.followers > 0)\n";
    private static final String NOT_BLOCKED = " AND NOT EXISTS (SELECT 1 FROM user_blocks b"
            + " WHERE b.blocker_id = :viewer AND b.blocked_id = p.user_id)"
            + " AND NOT EXISTS (SELECT 1 FROM user_blocks b WHERE b.blocker_id = p.user_id AND b.blocked_id = :viewer)\n";
    private static final String VERIFIED = " AND p.verified = :verified\n";
    private static final String MIN_FOLLOWERS = " AND p.total_followers >= :minFollowers\n";
    private static final String MAX_FOLLOWERS = " AND p.total_followers <= :maxFollowers\n";
    private static final String AFTER_FOLLOWERS =
            " WHERE (d.followers < :afterFollowers OR (d.followers = :afterFollowers AND d.user_id > :afterId))\n";
    private static final String AFTER_SCORE =
            " WHERE (d.relevance < :afterScore OR (d.relevance = :afterScore AND d.user_id > :afterId))\n";
    private static final String BY_FOLLOWERS = " ORDER BY d.followers DESC, d.user_id ASC LIMIT :fetch";
    private static final String BY_SCORE = " ORDER BY d.relevance DESC, d.user_id ASC LIMIT :fetch";

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiDiscoveryRepository(JdbiHandles handles) {
        super(handles);
    }

    /** @return up to {@code fetch} cards of {@code audience.target()} matching {@code query}, in list order */
    @Override
    public List<DiscoveryCard> find(Audience audience, DiscoveryQuery query, int fetch) {
        return find(audience, query, fetch, java.util.Optional.empty());
    }

    /** As {@link #find(Audience, DiscoveryQuery, int)}, without users blocked by or blocking {@code viewer}. */
    @Override
    public List<DiscoveryCard> find(Audience audience, DiscoveryQuery query, int fetch, java.util.UUID viewer) {
        return find(audience, query, fetch, java.util.Optional.of(viewer));
    }

    private List<DiscoveryCard> find(Audience audience, DiscoveryQuery query, int fetch,
                                     java.util.Optional<java.util.UUID> viewer) {
        boolean searching = query.searching();
        StringBuilder sql = new StringBuilder("SELECT * FROM (").append(SELECT)
                .append(searching ? SCORE : "0::real").append(FROM);
        if (viewer.isPresent()) {
            sql.append(NOT_BLOCKED);
        }
        if (searching) {
            sql.append(MATCH);
        }
        if (!query.categories().isEmpty()) {
            sql.append(CATEGORIES);
        }
        if (query.region().isPresent()) {
            sql.append(REGION);
        }
        if (query.platform().isPresent()) {
            sql.append(PLATFORM);
        }
        if (query.verified().isPresent()) {
            sql.append(VERIFIED);
        }
        if (query.minFollowers().isPresent()) {
            sql.append(MIN_FOLLOWERS);
        }
        if (query.maxFollowers().isPresent()) {
            sql.append(MAX_FOLLOWERS);
        }
        sql.append(") d\n");
        query.after().ifPresent(c -> sql.append(searching ? AFTER_SCORE : AFTER_FOLLOWERS));
        sql.append(searching ? BY_SCORE : BY_FOLLOWERS);
        return handles.with(h -> {
            Query q = h.createQuery(sql.toString())
                    .bind("role", audience.target().name())
                    .bind("fetch", fetch);
            viewer.ifPresent(v -> q.bind("viewer", v));
            query.search().ifPresent(s -> q.bind("search", s));
            if (!query.categories().isEmpty()) {
                q.bindArray("categories", String.class, query.categories());
            }
            query.region().ifPresent(r -> q.bind("region", r));
            query.platform().ifPresent(p -> q.bind("platform", p.name()));
            query.verified().ifPresent(v -> q.bind("verified", v));
            query.minFollowers().ifPresent(m -> q.bind("minFollowers", m));
            query.maxFollowers().ifPresent(m -> q.bind("maxFollowers", m));
            query.after().ifPresent(c -> bindAfter(q, c));
            return q.map((rs, ctx) -> map(rs)).list();
        });
    }

    private static void bindAfter(Query q, DiscoveryCursor c) {
        q.bind("afterId", c.userId());
        if (c.searching()) {
            q.bind("afterScore", c.relevance());
        } else {
            q.bind("afterFollowers", c.followers());
        }
    }

    private static DiscoveryCard map(ResultSet rs) throws SQLException {
        return new DiscoveryCard(rs.getObject("user_id", UUID.class), Role.valueOf(rs.getString("role")),
                rs.getString("display_name"), rs.getString("business_name"), rs.getString("avatar_url"),
                rs.getString("bio"), Arrays.asList((String[]) rs.getArray("categories").getArray()),
                rs.getString("region"), rs.getString("city"), rs.getLong("followers"), rs.getBoolean("verified"),
                rs.getBoolean("featured"), rs.getDouble("rating"), rs.getFloat("relevance"));
    }
}
