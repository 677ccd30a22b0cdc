package io.ensemble.persistence.events;

/**
 * The statement of a {@code near} search (order DISTANCE, issue 21 §1 bench): for featured and for other events
 * apart, a nearest-neighbour walk of {@code events_earth_idx} ({@code <->} on the GiST of {@code ll_to_earth},
 * bounded by the {@code earth_box} of the radius) finds the distance of the {@code :fetch}-th nearest event after
 * the cursor; the page is then read from the (small) box of that distance and ordered by
 * {@code (NOT featured, distance, id)}, so events at the same distance (the same venue) are never cut by the
 * walk's limit. A 500 km radius thus reads a page's worth of events instead of every event in the box.
 */
final class NearestSql {
    private static final String HERE = "ll_to_earth(:lat, :lng)";
    private static final String THERE = "ll_to_earth(e.latitude, e.longitude)";
    private static final String DISTANCE = "earth_distance(" + HERE + ", " + THERE + ")";
    private static final String AFTER = " AND (NOT e.featured, " + DISTANCE + ", e.id)"
            + " > (:afterNotFeatured, CAST(:afterDistance AS double precision), :afterId)";

    private NearestSql() {
    }

    /**
     * @param columns the selected columns over {@code e} (events, without distance)
     * @param where {@code FROM events e WHERE …} with every filter except the {@code near} box
     * @param resume whether the statement resumes at a cursor ({@code :afterNotFeatured, :afterDistance, :afterId})
     */
    static String sql(String columns, String where, boolean resume) {
        return "WITH cut AS MATERIALIZED (SELECT " + cut(where, "e.featured", resume) + " AS featured, "
                + cut(where, "NOT e.featured", resume) + " AS other)\n"
                + "SELECT * FROM (" + branch(columns, where, "e.featured", "(SELECT featured FROM cut)", resume)
                + "\n UNION ALL\n" + branch(columns, where, "NOT e.featured", "(SELECT other FROM cut)", resume)
                + ") d\n ORDER BY NOT d.featured, d.distance, d.id LIMIT :fetch";
    }

    /** The distance of the {@code :fetch}-th nearest event of {@code flag} after the cursor (null: none). */
    private static String cut(String where, String flag, boolean resume) {
        return "(SELECT max(x.distance) FROM (SELECT " + DISTANCE + " AS distance " + where + " AND " + flag
                + " AND e.latitude IS NOT NULL AND earth_box(" + HERE + ", :radius) @> " + THERE + " AND " + DISTANCE
                + " <= :radius" + (resume ? AFTER : "") + " ORDER BY " + THERE + " <-> " + HERE
                + " LIMIT :fetch) x)";
    }

    private static String branch(String columns, String where, String flag, String cut, boolean resume) {
        String after = resume ? AFTER : "";
        return "SELECT " + columns + ", " + DISTANCE + " AS distance " + where + " AND " + flag
                + " AND e.latitude IS NOT NULL AND earth_box(" + HERE + ", " + cut + ") @> " + THERE + " AND "
                + DISTANCE + " <= " + cut + after;
    }
}
