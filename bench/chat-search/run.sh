#!/usr/bin/env bash
# Chat search benchmark (issue 27 §Search), one command from the repository root:
#   bench/chat-search/run.sh
# Creates a dedicated database on the local PostgreSQL, starts the app jar on it (migrations run at
# start), signs up the caller, loads generate.sql (1,000 conversations of the caller, 10,000,000
# messages by default), runs Bench.java and prints the table; the app is stopped and the database
# dropped on exit (bench/lib/app.sh).
# Environment (defaults): PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres BENCH_DB=ensemble_bench_chat_search
#   BENCH_PORT=18200 BENCH_ADMIN_PORT=18201 BENCH_PARTNERS=1000 BENCH_MESSAGES=10000000
#   BENCH_WARMUP=20 BENCH_ROUNDS=200
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib/app.sh
DB="${BENCH_DB:-ensemble_bench_chat_search}"
PORT="${BENCH_PORT:-18200}"
BASE="http://127.0.0.1:$PORT"
bench_start_app "$DB" "$PORT" "${BENCH_ADMIN_PORT:-18201}"

TOKEN=$(bench_verified_token "$BASE" "$DB" INFLUENCER bench-searcher@example.com)
ME=$(psql -qtA -c "SELECT id FROM users WHERE email = 'bench-searcher@example.com'" "$DB")
echo "loading ${BENCH_PARTNERS:-1000} conversations, ${BENCH_MESSAGES:-10000000} messages for $ME" >&2
time psql -q -v me="$ME" -v partners="${BENCH_PARTNERS:-1000}" -v messages="${BENCH_MESSAGES:-10000000}" \
  -f bench/chat-search/generate.sql "$DB" >&2
psql -qtA -c "SELECT 'messages: ' || count(*) FROM messages" \
  -c "SELECT 'table + indexes: ' || pg_size_pretty(pg_total_relation_size('messages'))" "$DB" >&2
CONVERSATION=$(psql -qtA -c "SELECT md5('conversation-7')::uuid" "$DB")

echo "measuring (load average: $(cut -d' ' -f1-3 /proc/loadavg))" >&2
java bench/chat-search/Bench.java "$BASE" "$TOKEN" "$CONVERSATION" "${BENCH_WARMUP:-20}" "${BENCH_ROUNDS:-200}"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
