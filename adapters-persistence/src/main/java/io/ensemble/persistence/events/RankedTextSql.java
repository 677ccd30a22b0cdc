package io.ensemble.persistence.events;

import io.ensemble.events.EventOrder;

/**
 * The statement of a text search without {@code near} ({@link EventOrder#RELEVANCE}, issue 21 §1 bench): the
 * matches are taken in start order {@code (NOT featured, starts_at, id)} from the cursor's window start, at most
 * two windows of {@link EventOrder#WINDOW} ({@code :span} rows), numbered into windows, and only those are
 * scored; the page is ordered by {@code (window, NOT featured, -relevance, id)}. With many matches the start order comes from
 * {@code events_listing_idx} and the scan stops after {@code :span} matches; with few ({@code materialize}) the
 * matches are collected first (GIN) and sorted, so a rare word never walks the whole index.
 * Each row also carries its window's first event ({@code w_featured}, {@code w_starts_at}, {@code w_id}).
 */
final class RankedTextSql {
    private RankedTextSql() {
    }

    /**
     * @param where the {@code FROM events e WHERE …} part with every filter (text included)
     * @param score the score expression over the alias {@code x} (columns of {@code events})
     * @param resume whether the statement resumes at a cursor ({@code :wNotFeatured, :wStart, :wId, :afterNotFeatured,
     *               :afterScore, :afterId})
     * @param materialize collect every match before ordering (few matches)
     */
    static String sql(String where, String score, boolean resume, boolean materialize) {
        String from = resume ? " AND (NOT e.featured, e.starts_at, e.id) >= (:wNotFeatured, :wStart, :wId)\n" : "";
        String order = " ORDER BY NOT m.featured, m.starts_at, m.id";
        return "WITH m AS " + (materialize ? "MATERIALIZED " : "NOT MATERIALIZED ")
                + "(SELECT " + EventRows.E_COLUMNS + ", e.search\n" + where + from + "),\n"
                + " c AS (SELECT x.*, row_number() OVER (ORDER BY NOT x.featured, x.starts_at, x.id) AS rn"
                + " FROM (SELECT m.* FROM m" + order + " LIMIT :span) x),\n"
                + " w AS (SELECT x.*, (x.rn - 1) / " + EventOrder.WINDOW + " AS win,"
                + " first_value(x.featured) OVER p AS w_featured, first_value(x.starts_at) OVER p AS w_starts_at,"
                + " first_value(x.id) OVER p AS w_id, CAST(NULL AS double precision) AS distance,\n"
                + "   " + score + " FROM c x WINDOW p AS (PARTITION BY (x.rn - 1) / " + EventOrder.WINDOW
                + " ORDER BY x.rn))\n"
                + "SELECT * FROM w d WHERE true\n"
                + (resume ? " AND (d.win, NOT d.featured, -d.relevance, d.id)"
                        + " > (0, :afterNotFeatured, -CAST(:afterScore AS real), :afterId)\n" : "")
                + " ORDER BY d.win, NOT d.featured, -d.relevance, d.id LIMIT :fetch";
    }
}
