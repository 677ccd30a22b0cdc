-- Admin dashboard benchmark data (issue 20 §3), loaded by bench/admin-stats/run.sh into a freshly
-- migrated database: :users accounts (default 100,000) created over the last 400 days, 85 % of them
-- last seen in that time; :users / 10 two-member GROUP conversations; :messages messages (default
-- 1,000,000) spread over the last 400 days; :orders orders (default 20,000) with a payment and,
-- for the paid ones, a payout. Deterministic ids (md5 of a label), set-based inserts (generate_series).
\set ON_ERROR_STOP on
\if :{?users} \else \set users 100000 \endif
\if :{?messages} \else \set messages 1000000 \endif
\if :{?orders} \else \set orders 20000 \endif

SELECT setseed(0.42);

INSERT INTO users (id, email, name, role, status, email_verified, created_at, updated_at, last_seen_at)
SELECT md5('user-' || i)::uuid,
       'bench-user-' || i || '@example.com',
       'Bench user ' || i,
       (ARRAY['INFLUENCER', 'SALON', 'CREATOR', 'BRAND', 'HOST', 'PARTIER', 'TALENT', 'MEMBER'])[1 + i % 8],
       CASE WHEN i % 100 = 0 THEN 'SUSPENDED' ELSE 'ACTIVE' END,
       true,
       now() - make_interval(secs => random() * 400 * 86400),
       now(),
       CASE WHEN i % 7 = 0 THEN NULL ELSE now() - make_interval(secs => random() * 400 * 86400) END
  FROM generate_series(1, :users) AS i;

INSERT INTO conversations (id, type, name, last_seq, created_at, updated_at)
SELECT md5('conversation-' || g)::uuid, 'GROUP', 'Bench group ' || g, 0, now() - interval '401 days', now()
  FROM generate_series(0, :users / 10 - 1) AS g;

INSERT INTO conversation_members (conversation_id, user_id, joined_at)
SELECT md5('conversation-' || g)::uuid, md5('user-' || (2 * g + k))::uuid, now() - interval '401 days'
  FROM generate_series(0, :users / 10 - 1) AS g, generate_series(1, 2) AS k;

INSERT INTO messages (id, conversation_id, sender_id, type, content, seq, created_at)
SELECT md5('message-' || i)::uuid,
       md5('conversation-' || (i % (:users / 10)))::uuid,
       md5('user-' || (2 * (i % (:users / 10)) + 1 + (i / (:users / 10)) % 2))::uuid,
       'TEXT',
       'Bench message ' || i,
       i / (:users / 10) + 1,
       now() - make_interval(secs => random() * 400 * 86400)
  FROM generate_series(0, :messages - 1) AS i;

UPDATE conversations c SET last_seq = m.max_seq
  FROM (SELECT conversation_id, max(seq) AS max_seq FROM messages GROUP BY conversation_id) m
 WHERE m.conversation_id = c.id;

INSERT INTO orders (id, brand_id, creator_id, title, price_amount, price_currency, revisions_allowed, status,
                    conversation_id, created_at, updated_at)
SELECT md5('order-' || i)::uuid,
       md5('user-' || (8 * (i % 1000) + 4))::uuid,
       md5('user-' || (8 * (i % 1000) + 3))::uuid,
       'Bench order ' || i,
       1000 + (i % 50) * 100,
       (ARRAY['USD', 'EUR', 'GBP'])[1 + i % 3],
       1,
       (ARRAY['PENDING_PAYMENT', 'PAID', 'IN_PROGRESS', 'DELIVERED', 'COMPLETED', 'CANCELLED', 'REFUNDED'])[1 + i % 7],
       md5('conversation-' || (i % (:users / 10)))::uuid,
       now() - make_interval(secs => random() * 400 * 86400),
       now()
  FROM generate_series(1, :orders) AS i;

INSERT INTO payments (order_id, provider, provider_ref, amount, currency, status, created_at, updated_at)
SELECT id, 'manual', 'bench-' || id, price_amount, price_currency,
       CASE status WHEN 'REFUNDED' THEN 'REFUNDED' WHEN 'CANCELLED' THEN 'REFUNDED' ELSE 'SUCCEEDED' END,
       created_at + interval '1 minute', now()
  FROM orders WHERE status <> 'PENDING_PAYMENT';

INSERT INTO payouts (id, user_id, order_id, gross_amount, fee_amount, net_amount, currency, status,
                     created_at, updated_at)
SELECT md5('payout-' || id)::uuid, creator_id, id, price_amount, price_amount / 10,
       price_amount - price_amount / 10, price_currency,
       CASE WHEN status = 'COMPLETED' THEN 'PAID' ELSE 'PENDING' END,
       created_at + interval '2 minutes', now()
  FROM orders WHERE status IN ('PAID', 'IN_PROGRESS', 'DELIVERED', 'COMPLETED');

VACUUM ANALYZE users;
VACUUM ANALYZE messages;
VACUUM ANALYZE orders;
VACUUM ANALYZE payments;
VACUUM ANALYZE payouts;
