-- The 100 HOST accounts seed-100k.sql assigns events to (host_id = md5('bench-host-' || n)::uuid).
INSERT INTO users (id, email, name, role, status, email_verified, created_at, updated_at, last_seen_at)
SELECT md5('bench-host-' || i)::uuid, 'bench-host-' || i || '@example.com', 'Bench host ' || i, 'HOST', 'ACTIVE',
       true, now(), now(), now()
  FROM generate_series(0, 99) AS i;
