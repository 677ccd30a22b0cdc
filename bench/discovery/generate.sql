-- Discovery benchmark data (issue 5 §6): 100,000 ACTIVE, onboarded profiles with categories,
-- regions and follower totals, on a database already migrated by the app.
-- Usage: psql -v ON_ERROR_STOP=1 -v profiles=100000 -f generate.sql <database>
-- Deterministic: setseed() makes every run produce the same rows.
\set ON_ERROR_STOP 1
SELECT setseed(0.42);

CREATE TEMP TABLE bench_words AS
SELECT ARRAY['Glow','Bella','Luxe','Velvet','Golden','Urban','Pure','Radiant','Silk','Crystal','Royal','Bloom',
             'Serene','Vivid','Noble','Coral','Amber','Ivory','Jade','Opal','Rose','Sage','Willow','Aura']   AS adj,
       ARRAY['Studio','Salon','Lounge','Spa','Bar','House','Room','Parlour','Atelier','Collective']        AS noun,
       ARRAY['Ada','Alice','Bola','Carla','Dami','Eve','Femi','Grace','Hana','Ines','Jade','Kemi','Lara',
             'Mia','Nora','Olu','Priya','Queen','Rita','Sade','Tara','Uche','Vera','Wale','Yemi','Zoe']     AS first,
       ARRAY['Adams','Bello','Cruz','Diaz','Eze','Fox','Garcia','Hart','Ibe','Jones','Kim','Lopez','Mensah',
             'Nwosu','Okafor','Park','Quinn','Reyes','Smith','Taylor','Uzo','Vance','Wong','Young']         AS last,
       ARRAY['hair','nails','makeup','skincare','spa','barber','lashes','brows','fashion','fitness','lifestyle',
             'music','gaming','comedy','education','travel','food','beauty']                                 AS cats,
       ARRAY['Lagos','Abuja','London','Manchester','New York','Los Angeles','Toronto','Paris','Berlin','Madrid',
             'Accra','Nairobi','Dubai','Mumbai','Sydney','Tokyo','Sao Paulo','Mexico City','Chicago','Miami']  AS regions;

CREATE TEMP TABLE bench_rows AS
SELECT g AS n,
       -- UUIDv7-like ordering is irrelevant to discovery; random ids spread like production ones
       gen_random_uuid() AS id,
       CASE WHEN g % 10 < 4 THEN 'INFLUENCER' WHEN g % 10 < 7 THEN 'SALON' ELSE 'CREATOR' END AS role,
       random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6, random() AS r7
FROM generate_series(1, :profiles) g;

INSERT INTO users (id, email, name, role, status, email_verified, password_hash, created_at, updated_at)
SELECT b.id, 'bench-' || b.n || '@example.com',
       w.first[1 + floor(b.r1 * 26)::int] || ' ' || w.last[1 + floor(b.r2 * 24)::int],
       b.role, CASE WHEN b.n % 100 = 0 THEN 'SUSPENDED' ELSE 'ACTIVE' END, true, 'x',
       now() - (b.n || ' minutes')::interval, now()
FROM bench_rows b, bench_words w;

-- 90 % have linked social accounts (inserted before profiles so the
-- profiles insert trigger of migrations/discovery/001 copies each total); totals spread log-uniformly from 1 to ~2.7 million
INSERT INTO social_totals (user_id, total_followers, avg_engagement, updated_at)
SELECT b.id, floor(exp(b.r7 * 14.8))::bigint, round((b.r2 * 10)::numeric, 2), now()
FROM bench_rows b WHERE b.n % 10 <> 9;

INSERT INTO profiles (user_id, role, display_name, business_name, bio, region, city, categories,
                      onboarding_completed, verified, featured, rating, created_at, updated_at)
SELECT b.id, b.role,
       w.first[1 + floor(b.r1 * 26)::int] || ' ' || w.last[1 + floor(b.r2 * 24)::int],
       CASE WHEN b.role = 'SALON'
            THEN w.adj[1 + floor(b.r3 * 24)::int] || ' ' || w.noun[1 + floor(b.r4 * 10)::int]
                 || CASE WHEN b.n % 3 = 0 THEN ' ' || w.regions[1 + floor(b.r5 * 20)::int] ELSE '' END
            ELSE '' END,
       'Benchmark profile ' || b.n,
       w.regions[1 + floor(b.r5 * 20)::int], 'City ' || (b.n % 50),
       -- one to three categories
       ARRAY(SELECT DISTINCT w.cats[1 + ((floor(b.r6 * 18)::int + k * (1 + b.n % 7)) % 18)]
             FROM generate_series(0, b.n % 3) k),
       b.n % 50 <> 0, b.n % 20 = 0, b.n % 97 = 0, round((b.r3 * 5)::numeric, 2),
       now() - (b.n || ' minutes')::interval, now()
FROM bench_rows b, bench_words w;

-- flush GIN pending lists and collect statistics, as autovacuum would after a bulk load
VACUUM ANALYZE users;
VACUUM ANALYZE social_totals;
VACUUM ANALYZE profiles;

SELECT role, count(*) AS profiles FROM profiles GROUP BY role ORDER BY role;
