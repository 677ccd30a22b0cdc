-- Chat search benchmark data (issue 27 §Search), loaded by bench/chat-search/run.sh into a freshly
-- migrated database for the signed-up caller :me (a uuid): :partners other users (default 1,000), one
-- two-member GROUP conversation per partner with :me (the caller's 1,000 conversations), 20 more
-- conversations :me is NOT in (they must never be found), and :messages messages (default 10,000,000)
-- spread evenly over all conversations and the last 365 days. Each message is 8 words drawn from a
-- 50,000-word vocabulary ('w0' … 'w49999') with a skewed (cubed-uniform) distribution, so word wN is
-- common for small N and rare for large N; one planted message 300 days old reads
-- 'the zanzibar contract is signed' (the "message from months ago"). Set-based (generate_series); the
-- search indexes are dropped for the load and rebuilt after it, as a bulk load would.
\set ON_ERROR_STOP on
\if :{?partners} \else \set partners 1000 \endif
\if :{?messages} \else \set messages 10000000 \endif

SELECT setseed(0.27);
SET maintenance_work_mem = '1GB';

INSERT INTO users (id, email, name, role, status, email_verified, created_at, updated_at)
SELECT md5('partner-' || i)::uuid, 'bench-partner-' || i || '@example.com', 'Partner ' || i, 'INFLUENCER',
       'ACTIVE', true, now() - interval '400 days', now()
  FROM generate_series(0, :partners - 1) AS i;

INSERT INTO conversations (id, type, name, owner_id, last_seq, created_at, updated_at)
SELECT md5('conversation-' || g)::uuid, 'GROUP', 'Bench ' || g, CAST(:'me' AS uuid), 0,
       now() - interval '400 days', now()
  FROM generate_series(0, :partners + 19) AS g;

INSERT INTO conversation_members (conversation_id, user_id, joined_at)
SELECT md5('conversation-' || g)::uuid, CAST(:'me' AS uuid), now() - interval '400 days'
  FROM generate_series(0, :partners - 1) AS g
UNION ALL
SELECT md5('conversation-' || g)::uuid, md5('partner-' || (g % :partners))::uuid, now() - interval '400 days'
  FROM generate_series(0, :partners + 19) AS g;

DROP INDEX IF EXISTS messages_search_idx;
DROP INDEX IF EXISTS messages_content_trgm_idx;

INSERT INTO messages (id, conversation_id, sender_id, type, content, seq, created_at)
SELECT md5('message-' || i)::uuid,
       md5('conversation-' || (i % (:partners + 20)))::uuid,
       CASE WHEN i % 2 = 0 AND i % (:partners + 20) < :partners THEN CAST(:'me' AS uuid)
            ELSE md5('partner-' || ((i % (:partners + 20)) % :partners))::uuid END,
       'TEXT',
       concat_ws(' ', 'w' || floor(50000 * random() ^ 3)::int, 'w' || floor(50000 * random() ^ 3)::int,
                      'w' || floor(50000 * random() ^ 3)::int, 'w' || floor(50000 * random() ^ 3)::int,
                      'w' || floor(50000 * random() ^ 3)::int, 'w' || floor(50000 * random() ^ 3)::int,
                      'w' || floor(50000 * random() ^ 3)::int, 'w' || floor(50000 * random() ^ 3)::int),
       i / (:partners + 20) + 1,
       now() - make_interval(secs => (:messages - i) * (365.0 * 86400 / :messages))
  FROM generate_series(0, :messages - 1) AS i;

UPDATE messages SET content = 'the zanzibar contract is signed'
 WHERE id = (SELECT id FROM messages WHERE conversation_id = md5('conversation-7')::uuid
                AND created_at < now() - interval '300 days' ORDER BY created_at DESC LIMIT 1);

UPDATE conversations c SET last_seq = m.max_seq
  FROM (SELECT conversation_id, max(seq) AS max_seq FROM messages GROUP BY conversation_id) m
 WHERE m.conversation_id = c.id;

\timing on
CREATE INDEX messages_search_idx ON messages USING gin (search_vector);
CREATE INDEX messages_content_trgm_idx ON messages USING gin (content gin_trgm_ops);
VACUUM ANALYZE messages;
VACUUM ANALYZE conversation_members;
