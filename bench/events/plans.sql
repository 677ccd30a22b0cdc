-- Generic plans of the statements JdbiEventSearchRepository builds (pgjdbc switches to them after 5 runs).
-- psql -h 127.0.0.1 -U postgres -d ensemble_bench_events -f plans.sql
SET plan_cache_mode = force_generic_plan;
PREPARE near_q(float8, float8, float8, timestamptz, timestamptz, int) AS
SELECT * FROM (SELECT e.id, e.title, e.starts_at, e.featured,
 earth_distance(ll_to_earth($1, $2), ll_to_earth(e.latitude, e.longitude)) AS distance
 FROM events e
 WHERE e.status = 'ACTIVE' AND e.last_at >= $4 AND e.starts_at >= $5
 AND e.latitude IS NOT NULL AND earth_box(ll_to_earth($1, $2), $3) @> ll_to_earth(e.latitude, e.longitude)
) d WHERE d.distance <= $3 ORDER BY NOT d.featured, d.distance, d.id LIMIT $6;
PREPARE text_q(text, timestamptz, timestamptz, int) AS
SELECT * FROM (SELECT e.id, e.title, e.featured,
 CAST(ts_rank(e.search, websearch_to_tsquery('simple', $1)) AS real) AS relevance
 FROM events e
 WHERE e.status = 'ACTIVE' AND e.last_at >= $2 AND e.starts_at >= $3
 AND e.search @@ websearch_to_tsquery('simple', $1)
) d ORDER BY NOT d.featured, -d.relevance, d.id LIMIT $4;
EXPLAIN (ANALYZE, COSTS OFF) EXECUTE near_q(34.05, -118.24, 25000, now(), now() - interval '14 days', 21);
EXPLAIN (ANALYZE, COSTS OFF) EXECUTE text_q('party', now(), now() - interval '14 days', 21);
EXPLAIN (ANALYZE, COSTS OFF) EXECUTE text_q('rooftop', now(), now() - interval '14 days', 21);
