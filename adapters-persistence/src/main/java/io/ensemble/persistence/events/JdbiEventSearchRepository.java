package io.ensemble.persistence.events;

import io.ensemble.events.EventCommand;
import io.ensemble.events.EventCursor;
import io.ensemble.events.EventListing;
import io.ensemble.events.EventOrder;
import io.ensemble.events.EventQuery;
import io.ensemble.events.EventSearchRepository;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link EventSearchRepository} over {@code events} (migrations/events/001). The statement is
 * assembled from constant SQL fragments, one per filter present, so each combination gets its own
 * plan; every value is bound.
 * <ul>
 *   <li>time window: {@code last_at >= from} (not over) and {@code starts_at < to}; since no event lasts
 *       longer than {@link EventCommand#MAX_DURATION}, {@code starts_at >= from - MAX_DURATION} bounds the
 *       index range;</li>
 *   <li>{@code near}: earthdistance's {@code earth_box} on the GiST index of {@code ll_to_earth(latitude,
 *       longitude)}, then the exact great-circle {@code earth_distance} within the radius, in metres;</li>
 *   <li>{@code text}: the stored {@code simple} vector of title, tags, location and description
 *       ({@code websearch_to_tsquery}, GIN), scored by {@code ts_rank} (title above tags, location,
 *       description); only when no event of the other filters matches it that way, trigram word
 *       similarity ({@code <%}, pg_trgm, GIN) to title or location (default threshold 0.6: a part of a word
 *       or a one-letter slip matches), scored by the best word similarity. One cheap {@code EXISTS} picks
 *       the mode, so a broad word is never rechecked and scored by trigrams on every match (bench/README);</li>
 *   <li>{@code tags}: any of them ({@code &&}, GIN); {@code featured}; {@code hostId}.</li>
 * </ul>
 * Order and keyset: {@code (NOT featured, key, id)} with key = start or distance; a text search without
 * {@code near} ranks windows of soonest matches ({@link RankedTextSql}, {@link EventOrder#RELEVANCE}). Throws
 * {@link io.ensemble.shared.errors.ProviderUnavailable} when the database is down.
 */
public final class JdbiEventSearchRepository implements EventSearchRepository {
    private static final String TSQUERY = "websearch_to_tsquery('simple', CAST(:text AS text))";
    private static final String HERE = "ll_to_earth(:lat, :lng)";
    private static final String THERE = "ll_to_earth(e.latitude, e.longitude)";
    private static final String SELECT = "SELECT * FROM (SELECT " + EventRows.E_COLUMNS + ",\n";
    private static final String DISTANCE = " earth_distance(" + HERE + ", " + THERE + ") AS distance,\n";
    private static final String NO_DISTANCE = " CAST(NULL AS double precision) AS distance,\n";
    private static final String SCORE = " CAST(ts_rank(e.search, " + TSQUERY + ") AS real) AS relevance\n";
    private static final String FUZZY_SCORE = " CAST(GREATEST(word_similarity(CAST(:text AS text), e.title),"
            + " word_similarity(CAST(:text AS text), e.location)) AS real) AS relevance\n";
    private static final String NO_SCORE = " CAST(0 AS real) AS relevance\n";
    private static final String FROM = """
              FROM events e
             WHERE e.status = 'ACTIVE' AND e.last_at >= :from AND e.starts_at >= :earliestStart
            """;
    private static final String TO = " AND e.starts_at < :to\n";
    private static final String TAGS = " AND e.tags && CAST(:tags AS text[])\n";
    /** Written as the key of {@code events_listing_idx} so that a walk of that index stays among featured events. */
    private static final String FEATURED = " AND (NOT e.featured) = false\n";
    private static final String HOST = " AND e.host_id = :hostId\n";
    private static final String TEXT = " AND e.search @@ " + TSQUERY + "\n";
    private static final String FUZZY_TEXT = " AND (CAST(:text AS text) <% e.title OR CAST(:text AS text) <% e.location)\n";
    private static final String NEAR = " AND e.latitude IS NOT NULL AND earth_box(" + HERE + ", :radius) @> "
            + THERE + "\n";
    private static final String INNER_END = ") d WHERE true\n";
    private static final String WITHIN = " AND d.distance <= :radius\n";
    private static final String AFTER = " AND (NOT d.featured, %s, d.id) > (:afterNotFeatured, %s, :afterId)\n";
    private static final String ORDER = " ORDER BY NOT d.featured, %s, d.id LIMIT :fetch";
    /** Below this many matches a ranked text search collects every match (GIN) instead of walking the start index. */
    static final int FEW_MATCHES = 2000;

    private final JdbiHandles handles;
    private final int fewMatches;

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiEventSearchRepository(JdbiHandles handles) {
        this(handles, FEW_MATCHES);
    }

    /** For tests: {@code fewMatches} replaces {@link #FEW_MATCHES} (1: always walk the start index). */
    JdbiEventSearchRepository(JdbiHandles handles, int fewMatches) {
        this.handles = Objects.requireNonNull(handles, "handles");
        this.fewMatches = fewMatches;
    }

    @Override
    public List<EventListing> search(EventQuery query, Instant now, int fetch) {
        Instant from = query.from().orElse(now);
        EventOrder order = query.order();
        return handles.with(h -> {
            boolean ranked = order == EventOrder.RELEVANCE;
            boolean fuzzy = query.text().isPresent() && matches(h, query, from, false, false, 1) == 0;
            boolean few = ranked && matches(h, query, from, fuzzy, true, fewMatches) < fewMatches;
            String statement = ranked
                    ? RankedTextSql.sql(FROM.substring(FROM.indexOf("FROM")) + (few ? filters(query, fuzzy)
                            : unindexedText(filters(query, fuzzy))),
                            (fuzzy ? FUZZY_SCORE : SCORE).replace("e.", "x."), query.after().isPresent(), few)
                    : order == EventOrder.DISTANCE
                    ? NearestSql.sql(EventRows.E_COLUMNS + ",\n" + (query.text().isPresent()
                            ? (fuzzy ? FUZZY_SCORE : SCORE) : NO_SCORE),
                            FROM.substring(FROM.indexOf("FROM")) + filters(query, fuzzy).replace(NEAR, ""),
                            query.after().isPresent())
                    : sql(query, order, fuzzy);
            HandleCallback<List<EventListing>, RuntimeException> page = ph -> {
                Query q = bind(ph.createQuery(statement), query, from).bind("fetch", fetch);
                if (ranked) {
                    q.bind("span", 2 * EventOrder.WINDOW);
                }
                query.after().ifPresent(c -> bindAfter(q, c, order));
                return q.map((rs, ctx) -> read(rs, ranked)).list();
            };
            return order == EventOrder.DISTANCE && !handles.inTransaction() ? nearestWalk(h, page) : page.withHandle(h);
        });
    }

    /**
     * Runs a {@link NearestSql} statement with bitmap scans off for its transaction: the GiST's fixed
     * estimate for {@code earth_box @>} (0.1 % of the table) and a resumed page's keyset filter make the planner
     * prefer reading the whole box and sorting it (10,000 rows for 500 km over the bench's 100,000 events:
     * ~110 ms) over the nearest-neighbour walk that stops after a page (~1.5 ms); bench/README.md.
     */
    private static List<EventListing> nearestWalk(Handle h, HandleCallback<List<EventListing>, RuntimeException> page) {
        return h.inTransaction(th -> {
            th.execute("SET LOCAL enable_bitmapscan = off");
            return page.withHandle(th);
        });
    }

    private static EventListing read(ResultSet rs, boolean ranked) throws SQLException {
        double distance = rs.getDouble("distance");
        OptionalDouble metres = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(distance);
        Optional<EventListing.Window> window = ranked ? Optional.of(new EventListing.Window(
                rs.getBoolean("w_featured"), SqlTime.read(rs, "w_starts_at"),
                rs.getObject("w_id", UUID.class))) : Optional.empty();
        return new EventListing(EventRows.read(rs), metres, rs.getFloat("relevance"), window);
    }

    /**
     * How many events match, counted up to {@code cap}; {@code fuzzy} by trigrams; {@code textOnly}: the text
     * alone (the GIN answers it after {@code cap} rows), else every filter.
     */
    private static int matches(Handle h, EventQuery query, Instant from, boolean fuzzy, boolean textOnly, int cap) {
        String filters = textOnly ? (fuzzy ? FUZZY_TEXT : TEXT) : filters(query, fuzzy);
        Query q = h.createQuery("SELECT count(*) FROM (SELECT 1 " + FROM.substring(FROM.indexOf("FROM"))
                + filters + " LIMIT " + cap + ") x");
        return (textOnly ? bindBase(q, query, from) : bind(q, query, from)).mapTo(Integer.class).one();
    }

    /**
     * The filters with the text match hidden from the planner (many matches): the GIN would collect every match
     * of a broad word, while walking {@code events_listing_idx} in start order meets a page's worth soon.
     */
    private static String unindexedText(String filters) {
        return filters.replace(TEXT, " AND COALESCE(e.search @@ " + TSQUERY + ", false)\n")
                .replace(FUZZY_TEXT, " AND COALESCE(" + FUZZY_TEXT.substring(5, FUZZY_TEXT.length() - 1)
                        + ", false)\n");
    }

    private static Query bindBase(Query q, EventQuery query, Instant from) {
        q.bind("from", SqlTime.at(from)).bind("earliestStart", SqlTime.at(from.minus(EventCommand.MAX_DURATION)));
        query.text().ifPresent(t -> q.bind("text", t));
        return q;
    }

    private static Query bind(Query q, EventQuery query, Instant from) {
        bindBase(q, query, from);
        query.to().ifPresent(to -> q.bind("to", SqlTime.at(to)));
        if (!query.tags().isEmpty()) {
            q.bindArray("tags", String.class, query.tags());
        }
        query.hostId().ifPresent(id -> q.bind("hostId", id));
        query.near().ifPresent(p -> q.bind("lat", p.latitude()).bind("lng", p.longitude())
                .bind("radius", query.radiusMetres()));
        return q;
    }

    /** The filters after {@link #FROM}; {@code fuzzy} matches the text by trigrams instead of the vector. */
    private static String filters(EventQuery query, boolean fuzzy) {
        StringBuilder sql = new StringBuilder();
        query.to().ifPresent(to -> sql.append(TO));
        if (!query.tags().isEmpty()) {
            sql.append(TAGS);
        }
        if (query.featuredOnly()) {
            sql.append(FEATURED);
        }
        query.hostId().ifPresent(id -> sql.append(HOST));
        query.text().ifPresent(t -> sql.append(fuzzy ? FUZZY_TEXT : TEXT));
        query.near().ifPresent(p -> sql.append(NEAR));
        return sql.toString();
    }

    private static String sql(EventQuery query, EventOrder order, boolean fuzzy) {
        StringBuilder sql = new StringBuilder(SELECT)
                .append(query.near().isPresent() ? DISTANCE : NO_DISTANCE)
                .append(query.text().isPresent() ? (fuzzy ? FUZZY_SCORE : SCORE) : NO_SCORE)
                .append(FROM).append(filters(query, fuzzy));
        sql.append(INNER_END);
        query.near().ifPresent(p -> sql.append(WITHIN));
        String key = switch (order) {
            case START -> "d.starts_at";
            case DISTANCE -> "d.distance";
            case RELEVANCE -> "-d.relevance";
        };
        if (query.after().isPresent()) {
            String afterKey = switch (order) {
                case START -> ":afterStart";
                case DISTANCE -> "CAST(:afterDistance AS double precision)";
                case RELEVANCE -> "-CAST(:afterScore AS real)";
            };
            sql.append(String.format(AFTER, key, afterKey));
        }
        return sql.append(String.format(ORDER, key)).toString();
    }

    private static void bindAfter(Query q, EventCursor c, EventOrder order) {
        q.bind("afterNotFeatured", !c.featured()).bind("afterId", c.id());
        switch (order) {
            case START -> q.bind("afterStart", SqlTime.at(c.startsAt()));
            case DISTANCE -> q.bind("afterDistance", c.distanceMetres());
            case RELEVANCE -> q.bind("afterScore", c.relevance()).bind("wNotFeatured", !c.windowStart().featured())
                    .bind("wStart", SqlTime.at(c.windowStart().startsAt())).bind("wId", c.windowStart().id());
        }
    }
}
