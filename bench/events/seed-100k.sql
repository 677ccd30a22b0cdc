INSERT INTO events (id, host_id, title, description, starts_at, ends_at, location, latitude, longitude, price_amount, price_currency, capacity, tags, images, featured, status, version, created_at, updated_at)
SELECT gen_random_uuid(), md5('bench-host-' || (i % 100))::uuid,
  (ARRAY['Rooftop','Warehouse','Beach','Garden','Loft','Basement','Boat','Club'])[1+(i%8)] || ' ' || (ARRAY['party','rave','social','mixer','night','brunch','session','festival'])[1+((i/8)%8)] || ' ' || i,
  'Join us for music, drinks and dancing with DJ ' || md5(i::text),
  now() + ((i % 365) || ' days')::interval + ((i % 24) || ' hours')::interval,
  NULL,
  (ARRAY['Los Angeles','New York','Miami','Chicago','Austin','Seattle','Denver','Boston'])[1+(i%8)] || ', ' || (i % 500) || ' Main St',
  25 + random()*24, -124 + random()*57,
  CASE WHEN i%3=0 THEN 2500 END, CASE WHEN i%3=0 THEN 'USD' END, 100,
  ARRAY[(ARRAY['techno','house','hiphop','jazz','rooftop','pool','latin','rock'])[1+(i%8)]],
  '{}', i % 100 = 0, 'ACTIVE', 1, now(), now()
FROM generate_series(1, 100000) i;
ANALYZE events;
