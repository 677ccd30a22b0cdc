package io.ensemble.persistence.messaging;

import io.ensemble.messaging.MessageSearchRepository;
import io.ensemble.messaging.SearchHit;
import io.ensemble.messaging.SearchQuery;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.SqlTime;
import java.util.List;
import java.util.Objects;

/**
 * {@link MessageSearchRepository} over {@code messages.search_vector} (migrations/messaging/006): a
 * generated tsvector of English stems plus 'simple' words, GIN-indexed, queried with
 * {@code websearch_to_tsquery} in both configurations; a short single token also matches inside
 * words through the trigram index on {@code content}. Membership is checked in the same statement
 * (current members only), ranked by {@code ts_rank}, and only the returned page gets a
 * {@code ts_headline} snippet.
 */
public final class JdbiMessageSearch implements MessageSearchRepository {
    /*
     * The matches are computed first (MATERIALIZED: through the GIN index whatever the plan), then
     * filtered by membership and ranked. Without the fence, the generic plan the server caches for a
     * prepared statement estimates the caller's memberships at a couple of rows and walks every message
     * of their conversations instead (measured: 1 s over 1,000,000 messages instead of 1 ms).
     */
    private static final String HEAD = """
            WITH q AS (
                SELECT websearch_to_tsquery('english', :q) || websearch_to_tsquery('simple', :q) AS tsq
            ), matched AS MATERIALIZED (
                SELECT\s""" + MessageRows.aliased("m", "") + """
                       , m.search_vector
                  FROM messages m
                 WHERE NOT m.deleted
            """;
    private static final String MATCH = " AND m.search_vector @@ (SELECT tsq FROM q)";
    private static final String MATCH_OR_SUBSTRING =
            " AND (m.search_vector @@ (SELECT tsq FROM q) OR m.content ILIKE :like ESCAPE '#')";
    private static final String IN_CONVERSATION = " AND m.conversation_id = :conversationId";
    /** Date bounds filter the materialised matches (inside, the planner may AND the GIN bitmap with a wide created_at range). */
    private static final String FROM = " AND x.created_at >= :from";
    private static final String TO = " AND x.created_at <= :to";
    private static final String RANKED = """
            ), hits AS (
                SELECT\s""" + MessageRows.aliased("x", "") + """
                       , ts_rank(x.search_vector, q.tsq) AS rank
                  FROM matched x CROSS JOIN q
                 WHERE x.conversation_id IN (SELECT cm.conversation_id FROM conversation_members cm
                                              WHERE cm.user_id = :me)
            """;
    private static final String AFTER = " AND (ts_rank(x.search_vector, q.tsq), x.created_at, x.id)"
            + " < (CAST(:rank AS real), :at, :afterId)";
    private static final String TAIL = """
                 ORDER BY rank DESC, x.created_at DESC, x.id DESC
                 LIMIT :limit)
            SELECT hits.*, ts_headline('english', COALESCE(hits.content, ''), q.tsq, :headline) AS snippet
              FROM hits CROSS JOIN q
             ORDER BY hits.rank DESC, hits.created_at DESC, hits.id DESC""";
    /** ts_headline options, bound (JDBI's template engine would read {@code <mark>} in the SQL as an attribute). */
    private static final String HEADLINE =
            "StartSel=<mark>, StopSel=</mark>, MaxWords=24, MinWords=8, MaxFragments=2, FragmentDelimiter=\" … \"";

    private final JdbiHandles handles;

    /** @param handles the handle provider */
    public JdbiMessageSearch(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    @Override
    public List<SearchHit> search(SearchQuery query, int limit) {
        String sql = HEAD + (query.substring() ? MATCH_OR_SUBSTRING : MATCH)
                + (query.conversationId().isPresent() ? IN_CONVERSATION : "")
                + "\n" + RANKED + (query.from().isPresent() ? FROM : "") + (query.to().isPresent() ? TO : "")
                + (query.after().isPresent() ? AFTER : "") + "\n" + TAIL;
        return handles.with(h -> {
            var q = h.createQuery(sql).bind("q", query.text()).bind("me", query.userId()).bind("limit", limit)
                    .bind("headline", HEADLINE);
            if (query.substring()) {
                q.bind("like", "%" + query.text().replace("#", "##").replace("%", "#%").replace("_", "#_") + "%");
            }
            query.conversationId().ifPresent(id -> q.bind("conversationId", id));
            query.from().ifPresent(at -> q.bind("from", SqlTime.at(at)));
            query.to().ifPresent(at -> q.bind("to", SqlTime.at(at)));
            query.after().ifPresent(c -> q.bind("rank", c.rank()).bind("at", SqlTime.at(c.at()))
                    .bind("afterId", c.id()));
            return q.map((rs, ctx) -> new SearchHit(MessageRows.MAPPER.map(rs, ctx), rs.getFloat("rank"),
                    rs.getString("snippet"))).list();
        });
    }
}
